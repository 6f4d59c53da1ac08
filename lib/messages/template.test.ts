import { describe, expect, it } from 'vitest';
import { fillSubject, fillTemplate } from './template';

describe('fillTemplate', () => {
  it.each([
    ['fills placeholders', 'Hi {name},', { name: 'Dr Lee' }, 'Hi Dr Lee,'],
    ['drops a line left blank by empty placeholders', 'A\n{reason}\nB', { reason: '' }, 'A\nB'],
    ['squeezes the blank lines around a dropped paragraph', 'A\n\n{fee}\n\nB', { fee: '' }, 'A\n\nB'],
    ['keeps blank lines the author wrote', 'A\n\nB', {}, 'A\n\nB'],
    ['trims the space an empty placeholder leaves at a line end', 'Sorry. {reason}', { reason: '' }, 'Sorry.'],
    ['keeps unknown placeholders visible', 'Hi {nmae}', { name: 'x' }, 'Hi {nmae}'],
    ['accepts CRLF templates', 'A\r\n{x}\r\nB', { x: '' }, 'A\nB'],
    ['does not re-read placeholders inside values', '{a}', { a: '{b}', b: 'no' }, '{b}'],
    ['removes leading and trailing blank lines', '{x}\n\nA\n\n{y}', { x: '', y: '' }, 'A'],
  ])('%s', (_name, template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});

describe('fillSubject', () => {
  it.each([
    ['Missed {date}', { date: 'Tuesday' }, 'Missed Tuesday'],
    ['Missed {x} session', { x: '' }, 'Missed session'],
  ])('%s', (template, values, expected) => {
    expect(fillSubject(template, values)).toBe(expected);
  });
});
