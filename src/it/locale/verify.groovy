// the log in French (its non-ASCII letters depend on the console's charset: only ASCII parts are matched)
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] reports/002_ea2340172add3216.txt:35: [sentences-per-item] Question cl')
assert log.contains('1 compte 2 phrases')
assert log.contains('igf-report: 2 erreurs, 2 avertissements, 0 information dans 1 rapport (fail-on')
assert !log.contains('Key issue 1 has')
// the JSON output: French messages, the same rule ids, sections and keys
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/igf-report/igf-report.json'), 'UTF-8')
def findings = json.reports[0].findings
assert findings*.rule == ['sentences-per-item', 'sentences-per-item', 'gender-participants', 'gender-summary']
assert findings[0].section == 'key_issues'
assert findings[0].message.startsWith('Question cl\u00e9 1 compte 2 phrases\u202f; le mod\u00e8le demande 1 phrase par question.')
return true
