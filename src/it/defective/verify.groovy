def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] reports/002_ea2340172add3216.txt:35: [sentences-per-item] Key issue 1 has 2 sentences')
assert log.contains('[WARNING] reports/002_ea2340172add3216.txt:63: [gender-participants]')
assert log.contains('igf-report: 2 errors, 2 warnings, 0 infos in 1 report (fail-on: error')
return true
