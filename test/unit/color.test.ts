/** Label colours: the forms a chart draws as sent, and the borderline ones it replaces by a theme colour. */
import assert from 'node:assert/strict';
import { safeCssColor } from '../../src/analytics/color';

describe('label colours at their limits', () => {
  it('trims and lower-cases what it accepts, and writes one space where several were', () => {
    assert.equal(safeCssColor('  #ABCDEF  '), '#abcdef');
    assert.equal(safeCssColor('RGB(10,  20,   30)'), 'rgb(10, 20, 30)');
    assert.equal(safeCssColor('rgba( 1 , 2 , 3 , 1 )'), 'rgba( 1 , 2 , 3 , 1 )');
    assert.equal(safeCssColor(' Navy '), 'navy');
    assert.equal(safeCssColor('RebeccaPurple'), 'rebeccapurple');
  });

  it('takes channels up to 255 or 100 %, with up to three digits and decimals', () => {
    assert.equal(safeCssColor('rgb(255, 255, 255)'), 'rgb(255, 255, 255)');
    assert.equal(safeCssColor('rgb(256, 0, 0)'), null);
    assert.equal(safeCssColor('rgb(0, 0, 256)'), null, 'the third channel too');
    assert.equal(safeCssColor('rgb(100%, 0%, 50%)'), 'rgb(100%, 0%, 50%)');
    assert.equal(safeCssColor('rgb(101%, 0%, 0%)'), null);
    assert.equal(safeCssColor('rgb(12.5, 0.5, 1.25)'), 'rgb(12.5, 0.5, 1.25)');
    assert.equal(safeCssColor('rgb(1000, 0, 0)'), null, 'four digits');
    assert.equal(safeCssColor('rgb(255.5, 0, 0)'), null, 'a decimal over 255');
    assert.equal(safeCssColor('rgb(255.05, 0, 0)'), null, 'two decimals over 255');
    assert.equal(safeCssColor('rgb(100.5%, 0%, 0%)'), null, 'a decimal over 100 %');
    assert.equal(safeCssColor('rgb(1, 2)'), null);
    assert.equal(safeCssColor('rgb(1, 2, 3, 4, 5)'), null);
  });

  it('takes an alpha of 0, 1, a fraction or a percentage', () => {
    for (const alpha of ['0', '1', '.5', '0.25', '1.0', '50%']) assert.equal(safeCssColor(`rgba(1, 2, 3, ${alpha})`), `rgba(1, 2, 3, ${alpha})`, alpha);
    assert.equal(safeCssColor('rgb(1 2 3 / .5)'), 'rgb(1 2 3 / .5)');
    for (const alpha of ['2', '1.5', 'x', '-1']) assert.equal(safeCssColor(`rgba(1, 2, 3, ${alpha})`), null, alpha);
    assert.equal(safeCssColor('rgb(1 2 3 4)'), null);
    assert.equal(safeCssColor('rgb(1,2,3) '), 'rgb(1,2,3)');
  });

  it('takes integers written as text up to eight digits, within 0xFFFFFF', () => {
    assert.equal(safeCssColor('16777215'), '#ffffff');
    assert.equal(safeCssColor('16777216'), null);
    assert.equal(safeCssColor('123456789'), null);
    assert.equal(safeCssColor('1'), '#000001');
    assert.equal(safeCssColor(0xabc), '#000abc');
  });

  it('refuses text over 64 characters, even with spaces around a good colour', () => {
    assert.equal(safeCssColor(`${' '.repeat(60)}red`), 'red');
    assert.equal(safeCssColor(`${' '.repeat(61)}red`), 'red', 'exactly 64');
    assert.equal(safeCssColor(`${' '.repeat(62)}red`), null);
    assert.equal(safeCssColor('#abcdeg'), null);
    assert.equal(safeCssColor('#abcde'), null);
    assert.equal(safeCssColor('#abcdef0'), null);
    assert.equal(safeCssColor('x#abc'), null);
    assert.equal(safeCssColor('#abcx'), null);
  });
});
