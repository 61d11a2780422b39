def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: 0 errors')
return true
