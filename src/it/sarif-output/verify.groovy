def sarif = new File(basedir, 'target/igf-report.sarif')
assert sarif.isFile()
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
assert json.runs[0].results.any { it.ruleId == 'sentences-per-item' }
return true
