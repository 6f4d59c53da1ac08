import { expect, it } from 'vitest';
import { isDarkColor } from './theme';

it.each([
  ['rgb(255, 255, 255)', false], // Google's light popup
  ['rgb(40, 41, 44)', true], // Google's dark popup
  ['rgb(32 33 36)', true],
  ['rgba(0, 0, 0, 0)', null], // transparent: look further up
  ['rgba(30, 30, 30, 0.9)', true],
  ['rgb(128, 128, 128)', false],
  ['transparent', null],
  ['', null],
])('%s → %s', (color, dark) => {
  expect(isDarkColor(color)).toBe(dark);
});
