def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] reports/meetup.txt:6: [section-missing]')
assert log.contains('Host organisation')
assert log.contains('[ERROR] reports/meetup.txt:7: [sentences-per-item]')
return true
