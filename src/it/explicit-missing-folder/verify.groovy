def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: the reports folder')
assert log.contains('does not exist')
return true
