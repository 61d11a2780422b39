def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: skipped')
assert !log.contains('sentences-per-item')
return true
