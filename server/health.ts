import { Router } from "express";

type Readiness = { ready: boolean };

/**
 * For load balancers and orchestrators, ahead of everything else (no session, no rate limit,
 * no request log): /healthz says the process answers, /readyz that it can serve (database
 * reachable, migrations applied). 200 or 503 with a small JSON body, never cached.
 */
export function healthRoutes(checkReadiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").status(200).json({ status: "ok" });
  });
  router.get("/readyz", (_req, res) => {
    void checkReadiness()
      .catch(() => ({ ready: false }))
      .then((readiness) => {
        res
          .set("Cache-Control", "no-store")
          .status(readiness.ready ? 200 : 503)
          .json({ status: readiness.ready ? "ready" : "not ready", ...readiness });
      });
  });
  return router;
}
