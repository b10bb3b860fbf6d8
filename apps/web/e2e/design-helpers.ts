import type { Page } from '@playwright/test';

/** Every kind of page of the site, with a typical URL. */
export const sitePages = [
  '/',
  '/playground',
  '/playground?a=geometric',
  '/compare?cities=london,paris,singapore',
  '/cities/london',
  '/pillars/innovation',
  '/map',
  '/reputation',
  '/methodology',
  '/data',
  '/embed/ranking',
  '/about',
  '/findings',
  '/indicators',
  '/indicators/data-center',
  '/audit',
  '/playground/compare?s=a%3Dgeometric&city=tokyo',
];

/** The same URL with `lang=zh` added. */
export const inChinese = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=zh`;

/**
 * Elements that stick out of the viewport on the right, other than those inside a labelled
 * sideways-scrolling region (`[data-scroll-x][aria-label]`, what <DataTable> renders).
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        const region = el.closest('[data-scroll-x][aria-label]');
        return !region || region.getBoundingClientRect().right > width + 1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

/**
 * Tables whose columns cannot all be reached: wider than their box, and not inside a labelled
 * region that scrolls sideways.
 */
export function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => {
        const box = table.parentElement!;
        if (table.scrollWidth <= box.clientWidth + 1) return false;
        const region = table.closest<HTMLElement>('[data-scroll-x][aria-label]');
        return !region || !['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
      })
      .map((t) => t.querySelector('caption')?.textContent ?? 'table'),
  );
}

/**
 * The smallest chart text as shown, in px: inline SVG text at its rendered scale, and the text of
 * server-drawn chart images (loaded into the page to measure) times the image's scale.
 */
export function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const sizes: number[] = [];
    const measure = (svg: SVGSVGElement, scale: number) => {
      for (const text of svg.querySelectorAll('text'))
        if (text.textContent?.trim()) sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    };
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg')) {
      const box = svg.viewBox.baseVal;
      const shown = svg.getBoundingClientRect().width;
      if (shown > 0) measure(svg, box && box.width ? shown / box.width : 1);
    }
    for (const img of document.querySelectorAll<HTMLImageElement>('picture[data-chart] img')) {
      const host = document.createElement('div');
      host.style.cssText = `position:absolute;left:-99999px;width:${img.naturalWidth}px`;
      host.innerHTML = await (await fetch(img.currentSrc)).text();
      document.body.append(host);
      measure(host.querySelector('svg')!, img.getBoundingClientRect().width / img.naturalWidth);
      host.remove();
    }
    return sizes.length ? Math.min(...sizes) : Infinity;
  });
}

/** Cumulative layout shift of the page so far (layout-shift entries without recent input). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}
