import { redirect } from '@sveltejs/kit';
import { chosenTheme } from '$lib/server/theme';
import type { RequestHandler } from './$types';

/** The theme button without JavaScript: remembers the chosen theme and goes back to the page. */
export const POST: RequestHandler = async ({ request, cookies }) => {
  const form = await request.formData();
  const theme = chosenTheme(String(form.get('theme') ?? ''));
  if (theme) cookies.set('theme', theme, { path: '/', maxAge: 31_536_000, sameSite: 'lax', httpOnly: false });
  const back = String(form.get('back') ?? '/');
  redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
};
