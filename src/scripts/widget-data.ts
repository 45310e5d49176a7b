/**
 * A widget's JSON (a chart's spec, a calculator's content), fetched once per page however many
 * modules ask: the loader starts the request as it wakes a widget, in parallel with the widget's
 * code, and the code picks up the same promise.
 */
const requests = new Map<string, Promise<unknown>>();

export function loadJson<T>(url: string): Promise<T> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
      return response.json() as Promise<unknown>;
    });
    requests.set(url, request);
  }
  return request as Promise<T>;
}
