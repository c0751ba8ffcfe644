import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "~/routes/fund.$funderId";

/** The funder of the page, with what the signed-in person may do there (from the layout route). */
export function useFunder() {
  const data = useRouteLoaderData<typeof loader>("routes/fund.$funderId");
  if (!data) throw new Error("useFunder is for pages under /fund/:funderId");
  return data;
}
