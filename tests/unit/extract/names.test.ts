import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../utils/extract/names';

describe('splitNames', () => {
  it.each([
    ['陈墨，远山资本合伙人；Sam Rivera，Fieldstone Labs 创始人', ['陈墨', 'Sam Rivera']],
    ["Léa Marchand, associée chez Horizon Digital Partners ; Tomás Ferreira, fondateur de Lumen Research", ['Léa Marchand', 'Tomás Ferreira']],
    ['Priya Nair, co-founder of Arcadia Labs', ['Priya Nair']],
    ['Alice, Bob', ['Alice', 'Bob']],
    ['Alice and Bob', ['Alice', 'Bob']],
    ['吴说区块链', ['吴说区块链']],
    ['Kairos Research', ['Kairos Research']],
    ['林子谦（Multicoin Capital 合伙人）', ['林子谦']],
    ['张三、李四', ['张三', '李四']],
    ['深潮TechFlow', ['深潮TechFlow']],
  ])('%s', (value, names) => {
    expect(splitNames(value)).toEqual(names);
  });
});
