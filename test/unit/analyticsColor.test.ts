import assert from 'node:assert/strict';
import { safeCssColor } from '../../src/analytics/color';

describe('safeCssColor', () => {
  it('accepts the plain colour forms', () => {
    assert.equal(safeCssColor('#abc'), '#abc');
    assert.equal(safeCssColor('#ABCD'), '#abcd');
    assert.equal(safeCssColor('#a1b2c3'), '#a1b2c3');
    assert.equal(safeCssColor('#a1b2c3d4'), '#a1b2c3d4');
    assert.equal(safeCssColor('rgb(10, 20, 30)'), 'rgb(10, 20, 30)');
    assert.equal(safeCssColor('rgba(10,20,30,0.5)'), 'rgba(10,20,30,0.5)');
    assert.equal(safeCssColor('rgb(10 20 30 / 50%)'), 'rgb(10 20 30 / 50%)');
    assert.equal(safeCssColor('Crimson'), 'crimson');
  });

  it('turns integers 0..0xFFFFFF into #rrggbb', () => {
    assert.equal(safeCssColor(0xff0000), '#ff0000');
    assert.equal(safeCssColor(255), '#0000ff');
    assert.equal(safeCssColor(0), '#000000');
    assert.equal(safeCssColor('16711680'), '#ff0000');
    assert.equal(safeCssColor(0x1000000), null);
    assert.equal(safeCssColor(-1), null);
    assert.equal(safeCssColor(1.5), null);
  });

  it('refuses hostile and malformed strings', () => {
    for (const hostile of [
      'red;background:url(x)',
      'expression(alert(1))',
      'url(javascript:alert(1))',
      'rgb(1,2,3);x:y',
      'rgb(var(--x),1,1)',
      'rgb(300, 0, 0)',
      '#12345',
      '#ggg',
      'javascript:alert(1)',
      'red /* */',
      'notacolour',
      '',
      ' ',
      'a'.repeat(100),
    ]) {
      assert.equal(safeCssColor(hostile), null, hostile);
    }
    assert.equal(safeCssColor(null), null);
    assert.equal(safeCssColor(undefined), null);
    assert.equal(safeCssColor({ toString: () => 'red' }), null);
  });
});
