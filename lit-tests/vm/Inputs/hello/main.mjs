console.log('hello, world');
