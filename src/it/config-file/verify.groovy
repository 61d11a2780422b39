def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: 0 errors, 0 warnings, 1 info in 1 report')
assert log.contains('[INFO] reports/002_ea2340172add3216.txt:70: [gender-summary]')
assert !log.contains('sentences-per-item')
return true
