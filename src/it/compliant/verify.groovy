def log = new File(basedir, 'build.log').text
assert log.contains('igf-report: 0 errors, 0 warnings')
assert new File(basedir, 'target/igf-report/igf-report.json').isFile()
return true
