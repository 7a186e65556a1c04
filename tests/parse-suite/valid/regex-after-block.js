// accept: a regex after a block's }
{}
/foo/.test('foo')
{} /bar/g
