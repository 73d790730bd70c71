import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities.ts';

describe('extractEntities', () => {
  it('finds order and tracking numbers as buyers write them', () => {
    const e = extractEntities('Order #A12345 still not here, tracking SPXTH0123456789 says delivered');
    expect(e.orderNumbers).toEqual(['A12345']);
    expect(e.trackingNumbers).toEqual(['SPXTH0123456789']);
    expect(extractEntities('đơn hàng 240115ABCD12 của em đâu rồi').orderNumbers).toEqual(['240115ABCD12']);
    expect(extractEntities('UPU parcel RR123456785TH is stuck').trackingNumbers).toEqual(['RR123456785TH']);
  });

  it('finds emails and phone numbers without mistaking order numbers for phones', () => {
    const e = extractEntities('call me at +66 81 234 5678 or mail mai.t@example.co.th, order #2401150012345');
    expect(e.emails).toEqual(['mai.t@example.co.th']);
    expect(e.phones).toEqual(['+66 81 234 5678']);
    expect(e.orderNumbers).toEqual(['2401150012345']);
  });

  it('reads amounts with the buyer’s decimal convention and currency', () => {
    const e = extractEntities('I paid 1.299,00 € and was charged ฿950 twice, and also US$26.50');
    expect(e.amounts).toEqual([
      { value: 1299, currency: 'EUR', text: '1.299,00 €' },
      { value: 950, currency: 'THB', text: '฿950' },
      { value: 26.5, currency: 'USD', text: 'US$26.50' },
    ]);
    expect(extractEntities('giá 250.000đ hả shop').amounts).toEqual([
      { value: 250000, currency: 'VND', text: '250.000đ' },
    ]);
  });

  it('finds the site’s product names from its glossary', () => {
    const e = extractEntities('is the centella calming cream ok for kids?', [
      'Centella Calming Cream',
      'Lumière',
    ]);
    expect(e.products).toEqual(['Centella Calming Cream']);
  });
});
