// locale: es in .igf-report.yaml (the goal's locale parameter not set)
def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: 2 errores, 2 advertencias, 0 avisos informativos en 1 informe')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/igf-report/igf-report.json'), 'UTF-8')
assert json.reports[0].findings[0].rule == 'sentences-per-item'
assert json.reports[0].findings[0].message.startsWith('Cuesti\u00f3n clave 1 tiene 2 oraciones')
return true
