import type { TableId } from '../../../schema/index.ts';

/**
 * The indicator columns of tables 2-1 to 2-5 transcribed a second time, straight from the print and
 * row by row in the tables' ranked order (table 2-1 row 1 is Hong Kong), independently of
 * `values.ts`, which is keyed by city. `verify` compares the two transcriptions cell by cell, so a
 * slip in either one shows up. Columns follow each table's printed column order.
 */
export const indicatorTables: Readonly<
  Record<TableId & `2-${1 | 2 | 3 | 4 | 5}`, readonly (readonly number[])[]>
> = {
  '2-1': [
    [100.0, 99.0, 100.0, 87.0], // Hong Kong, line 302
    [90.6, 100.0, 95.0, 100.0], // Singapore, line 303
    [86.7, 99.3, 83.7, 90.0], // London, line 304
    [87.3, 99.8, 66.9, 97.8], // Los Angeles, line 305
    [87.3, 99.8, 66.9, 97.8], // New York, line 306
    [87.3, 99.8, 66.9, 97.8], // Chicago, line 307
    [97.0, 99.6, 79.1, 64.4], // Dubai, line 308
    [88.1, 96.5, 55.3, 96.4], // Berlin, line 309
    [85.6, 99.0, 58.3, 91.7], // Sydney, line 310
    [80.7, 98.5, 59.5, 91.1], // Toronto, line 311
    [84.6, 98.0, 55.4, 87.5], // Paris, line 312
    [88.7, 99.0, 44.6, 82.5], // Tokyo, line 313
    [87.5, 99.9, 58.8, 67.3], // Seoul, line 314
    [89.5, 85.0, 51.5, 66.4], // Buenos Aires, line 315
    [93.4, 98.0, 46.1, 53.8], // Beijing, line 316
    [91.7, 62.0, 58.6, 75.4], // Moscow, line 317
    [89.1, 98.0, 46.1, 53.8], // Shanghai, line 318
    [85.7, 83.1, 46.6, 67.1], // Rio de Janeiro, line 319
    [81.0, 88.0, 45.1, 46.1], // Mumbai, line 320
    [84.4, 61.0, 38.4, 31.4], // Cairo, line 321
  ],
  '2-2': [
    [75.0, 99.0, 84.6, 100.0], // New York, line 372
    [85.0, 100.0, 92.0, 49.8], // London, line 373
    [100.0, 82.0, 73.1, 64.6], // Bei Jing, line 374
    [75.0, 78.6, 70.9, 92.0], // Shanghai, line 375
    [30.0, 96.0, 100.0, 64.4], // Paris, line 376
    [42.5, 94.5, 84.6, 67.6], // Singapore, line 377
    [60.0, 94.1, 66.3, 59.3], // Chicago, line 378
    [62.5, 85.3, 82.9, 47.4], // Los Angeles, line 379
    [12.5, 87.8, 88.0, 78.2], // Tokyo, line 380
    [25.0, 90.2, 81.7, 63.0], // Hong Kong, line 381
    [45.0, 93.3, 73.1, 48.2], // Toronto, line 382
    [42.5, 79.1, 65.7, 54.3], // Sydney, line 383
    [62.5, 65.0, 48.0, 63.4], // Dubai, line 384
    [12.5, 75.6, 89.1, 58.5], // Seoul, line 385
    [15.0, 95.3, 76.0, 48.6], // Berlin, line 386
    [25.0, 72.4, 72.6, 56.7], // Moscow, line 387
    [22.5, 78.6, 21.1, 65.0], // Mumbai, line 388
    [12.5, 57.8, 32.0, 57.8], // Buenos Aires, line 389
    [12.5, 55.3, 30.3, 47.7], // Rio de Janeiro, line 390
    [10.0, 52.1, 20.0, 35.4], // Cairo, line 391
  ],
  '2-3': [
    [95.9, 91.3, 100.0, 98.1], // Shanghai, line 450
    [100.0, 73.7, 94.1, 100.0], // Bei Jing, line 451
    [92.6, 84.1, 91.7, 86.6], // Dubai, line 452
    [89.0, 80.8, 80.6, 92.7], // Singapore, line 453
    [78.6, 75.2, 72.2, 89.2], // Moscow, line 454
    [71.2, 96.8, 68.8, 74.7], // London, line 455
    [75.1, 100.0, 67.8, 65.1], // Paris, line 456
    [62.9, 86.2, 72.4, 78.7], // Hong Kong, line 457
    [68.7, 80.6, 72.9, 77.9], // Seoul, line 458
    [72.6, 91.7, 57.0, 77.7], // New York, line 459
    [80.1, 30.8, 80.3, 89.5], // Mumbai, line 460
    [67.6, 73.7, 55.4, 78.4], // Chicago, line 461
    [70.6, 56.3, 62.3, 84.6], // Sydney, line 462
    [70.9, 84.2, 37.0, 79.3], // Tokyo, line 463
    [63.1, 64.4, 61.2, 75.7], // Toronto, line 464
    [63.1, 56.7, 63.7, 78.4], // Los Angeles, line 465
    [50.1, 68.3, 55.1, 76.1], // Burlin, line 466
    [68.0, 45.1, 47.1, 73.5], // Cairo, line 467
    [64.3, 51.6, 43.1, 58.0], // Buenos Aires, line 468
    [32.9, 42.6, 28.8, 54.6], // Rio de Janeiro, line 469
  ],
  '2-4': [
    [82.8, 56.1, 64.6, 81.2, 86.7], // London, line 568
    [100.0, 72.6, 62.9, 67.9, 61.1], // Seoul, line 569
    [45.7, 85.8, 92.1, 86.3, 46.7], // Dubai, line 570
    [61.5, 80.1, 74.1, 80.3, 56.0], // Singapore, line 571
    [83.8, 54.7, 56.8, 71.4, 78.8], // Toronto, line 572
    [51.2, 82.0, 100.0, 63.6, 48.0], // Shanghai, line 573
    [96.7, 57.2, 57.8, 62.8, 69.4], // New York, line 574
    [66.8, 61.2, 58.8, 100.0, 53.4], // Sydney, line 575
    [48.2, 51.0, 54.0, 84.4, 100.0], // Berlin, line 576
    [44.4, 81.0, 99.0, 63.8, 46.8], // Bei Jing, line 577
    [81.6, 52.4, 61.5, 69.4, 64.6], // Paris, line 578
    [83.5, 48.8, 65.4, 70.1, 50.8], // Los Angeles, line 579
    [92.6, 47.4, 58.6, 66.6, 52.6], // Chicago, line 580
    [76.2, 62.6, 45.8, 79.4, 50.2], // Tokyo, line 581
    [47.5, 76.2, 82.1, 61.9, 46.3], // Mumbai, line 582
    [64.2, 61.6, 71.1, 62.6, 53.2], // Hong Kong, line 583
    [55.4, 70.6, 77.0, 60.7, 46.6], // Moscow, line 584
    [42.0, 48.1, 56.0, 65.4, 47.2], // Buenos Aires, line 585
    [54.9, 33.6, 33.6, 60.3, 54.0], // Rio de Janeiro, line 586
    [15.5, 58.1, 51.9, 60.2, 45.4], // Cairo, line 587
  ],
  '2-5': [
    [90.0, 83.7, 99.0, 85.1], // London, line 670
    [65.0, 100.0, 100.0, 81.6], // New York, line 671
    [100.0, 51.0, 97.5, 80.1], // Paris, line 672
    [75.0, 74.0, 99.5, 79.4], // Tokyo, line 673
    [70.0, 72.7, 98.5, 81.6], // Los Angeles, line 674
    [80.0, 65.3, 93.5, 80.1], // Seoul, line 675
    [70.0, 49.9, 98.0, 100.0], // Singapore, line 676
    [90.0, 50.5, 72.5, 96.9], // Hong Kong, line 677
    [70.0, 54.0, 97.0, 81.6], // Chicago, line 678
    [80.0, 40.4, 93.0, 80.1], // Sydney, line 679
    [75.0, 42.8, 87.5, 80.9], // Bei Jing, line 680
    [75.0, 35.8, 84.0, 81.6], // Shanghai, line 681
    [60.0, 42.0, 94.5, 76.7], // Berlin, line 682
    [55.0, 33.7, 95.5, 83.3], // Toronto, line 683
    [75.0, 30.9, 81.5, 79.4], // Moscow, line 684
    [45.0, 15.0, 85.0, 94.0], // Dubai, line 685
    [55.0, 11.2, 66.0, 80.1], // Buenos Aires, line 686
    [50.0, 14.5, 43.0, 86.1], // Rio de Janeiro, line 687
    [45.0, 4.9, 58.0, 85.1], // Mumbai, line 688
    [50.0, 3.5, 16.3, 87.0], // Cairo, line 689
  ],
};
