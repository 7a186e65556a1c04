const page = `<html>
  ${title}
