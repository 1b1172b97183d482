import { describe, expect, it } from 'vitest';
import { normalizeForSearch, transliterateCyrillic, transliterationVariants } from '../src/shared/normalize.js';

describe('search normalisation folds what should not stop a match', () => {
  it('unifies the Arabic alef forms, ta marbuta, alef maqsura and hamza carriers', () => {
    expect(normalizeForSearch('أحمد إبراهيم آل ٱلله')).toBe('احمد ابراهيم ال الله');
    expect(normalizeForSearch('مدرسة')).toBe(normalizeForSearch('مدرسه'));
    expect(normalizeForSearch('مصطفى')).toBe('مصطفي');
    expect(normalizeForSearch('مؤتمر رئيس')).toBe('موتمر رييس');
  });

  it('removes Arabic harakat and tatweel', () => {
    expect(normalizeForSearch('جُولُوفْكِين')).toBe('جولوفكين');
    expect(normalizeForSearch('جولـــوفكين')).toBe('جولوفكين');
    expect(normalizeForSearch('الأُولِمْبِيَّة')).toBe('الاولمبيه');
  });

  it('lowercases and strips Latin diacritics', () => {
    expect(normalizeForSearch('Café Ñandú ÉCOLE')).toBe('cafe nandu ecole');
    expect(normalizeForSearch('Gennadiy')).toBe('gennadiy');
  });

  it('reads ё as е and folds Kazakh letters to their Russian neighbours, but keeps й', () => {
    expect(normalizeForSearch('Ёлка Фёдор')).toBe('елка федор');
    expect(normalizeForSearch('Әлімжан Ақаев')).toBe(normalizeForSearch('Алимжан Акаев'));
    expect(normalizeForSearch('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
    expect(normalizeForSearch('Геннадий')).toBe('геннадий');
  });

  it('turns punctuation and FTS syntax into plain spaces', () => {
    expect(normalizeForSearch('  NOC-RK, "OR" NEAR( * ^x ')).toBe('noc rk or near x');
    expect(normalizeForSearch('"*-()')).toBe('');
  });
});

describe('Cyrillic names are transliterated to Latin', () => {
  it('gives the usual spelling', () => {
    expect(transliterateCyrillic('Головкин')).toBe('golovkin');
    expect(transliterateCyrillic('Жакупов')).toBe('zhakupov');
    expect(transliterateCyrillic('Ербол Мырзабосынов')).toBe('yerbol myrzabosynov');
    expect(transliterateCyrillic('Щукин Цой Чехов Юрий Яна Хасен')).toBe('shchukin tsoy chekhov yuriy yana khasen');
  });

  it('indexes the common variants of й, х, ж, е and the -ий ending', () => {
    expect(transliterationVariants('Геннадий Головкин')).toEqual(['gennadiy', 'gennadii', 'gennady', 'golovkin']);
    expect(transliterationVariants('Жакупов')).toEqual(['zhakupov', 'jakupov']);
    expect(transliterationVariants('Хасен')).toEqual(['khasen', 'hasen']);
    expect(transliterationVariants('Акаев')).toEqual(['akayev', 'akaev']);
  });

  it('transliterates Kazakh letters with their variants', () => {
    expect(transliterationVariants('Әлімжан Ақаев')).toEqual(['alimzhan', 'alimjan', 'akayev', 'akaev', 'aqayev', 'aqaev']);
    expect(transliterateCyrillic('Қайрат Ғани Өмір Ұлы Үміт Һ Тәңір')).toBe('kayrat gani omir uly umit h tangir');
  });

  it('keeps the number of spellings of one word bounded', () => {
    expect(transliterationVariants('йхжйхжйхжйхж').length).toBeLessThanOrEqual(16);
  });
});
