// npm run crash:check [-- --postgres] [-- --applicants 50 --saves 5 --seed 41]
//
// Crash safety on the production build (run `npm run build` first): a deadline rush of N
// applicants, each autosaving her story a few times and then sending her application, with
// the server killed by SIGKILL at a moment picked by a seeded random number, mid-rush. The
// server is started again on the same database, and then:
// - every save the server acknowledged (2xx) is in the database: the stored story is that
//   save or a later one she sent, never an older one;
// - every application is sent whole or not at all: status, date, sender, amount, one audit
//   row and one receipt email in the outbox, as the sending transaction writes them, or none
//   of them; and every send the server acknowledged is there;
// - the restarted server finishes the rush: whoever had not sent, saves once more and sends,
//   and every application ends sent exactly once.
// Prints one line and exits 1 on any loss. Traffic goes only to the server this script starts
// on 127.0.0.1, and every loop is bounded.
import { seededRandom } from "../app/domain/shared/seeded-random";
import { option, postForm, prepareDatabase, startServer, type BenchServer } from "./bench-server";

const args = process.argv.slice(2);
const usePostgres = args.includes("--postgres");
const APPLICANTS = option(args, "applicants", 50);
const SAVES = option(args, "saves", 5);
const SEED = option(args, "seed", 41);
/** About the autosave's pace, quickened: a save every 0.4–0.8 s. */
const PAUSE_MS = option(args, "pause-ms", 600);
/** Applicants start over this window, so that at the kill some have sent and some are typing. */
const START_SPREAD_MS = 4000;
const REQUEST_TIMEOUT_MS = 20_000;

type Progress = {
  /** The last save the server acknowledged, and the last one sent at all (0: none). */
  acknowledgedSave: number;
  sentSave: number;
  submitAcknowledged: boolean;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  // The same seed gives the same kill moment and the same pauses.
  const random = seededRandom(SEED);
  const database = await prepareDatabase("crash", usePostgres);
  const { prepareApplicants, storyText } = await import("./rush-setup");
  const { db } = await import("../app/services/platform/db.server");
  const applicants = await prepareApplicants(APPLICANTS);
  const progress = new Map<string, Progress>(
    applicants.map((a) => [
      a.applicationId,
      { acknowledgedSave: 0, sentSave: 0, submitAcknowledged: false },
    ]),
  );
  const plans = applicants.map(() => ({
    startMs: random() * START_SPREAD_MS,
    pausesMs: Array.from({ length: SAVES }, () => PAUSE_MS * (0.67 + random() * 0.66)),
  }));
  // The moment is counted in answers, not seconds, so that a slow or busy machine still kills
  // the server mid-rush: after 35–65% of the rush's requests were acknowledged.
  const requests = APPLICANTS * (SAVES + 1);
  const killAfter = Math.round(requests * (0.35 + random() * 0.3));

  let server: BenchServer | undefined = await startServer(database);
  const problems: string[] = [];
  try {
    const base = database.base;
    let killed = false;
    let acknowledged = 0;
    let killedAtMs = 0;
    const rushStart = performance.now();
    let pullTrigger = () => {};
    const killing = new Promise<void>((resolve) => (pullTrigger = resolve)).then(async () => {
      killed = true;
      killedAtMs = performance.now() - rushStart;
      await server!.kill();
    });
    const answered = () => {
      acknowledged += 1;
      if (acknowledged === killAfter) pullTrigger();
    };
    await Promise.all(
      applicants.map(async (applicant, index) => {
        const mine = progress.get(applicant.applicationId)!;
        await wait(plans[index]!.startMs);
        for (let save = 1; save <= SAVES && !killed; save++) {
          await wait(plans[index]!.pausesMs[save - 1]!);
          if (killed) return;
          mine.sentSave = save;
          const reply = await postForm(
            base,
            applicant.autosavePath,
            applicant.cookie,
            applicant.autosaveForm(save),
            REQUEST_TIMEOUT_MS,
          ).catch(() => null);
          if (!reply || reply.status >= 300) return;
          mine.acknowledgedSave = save;
          answered();
        }
        if (killed) return;
        const reply = await postForm(
          base,
          applicant.submitPath,
          applicant.cookie,
          applicant.submitForm,
          REQUEST_TIMEOUT_MS,
        ).catch(() => null);
        mine.submitAcknowledged = reply?.status === 302 && /\/sent$/.test(reply.location ?? "");
        if (mine.submitAcknowledged) answered();
      }),
    );
    if (!killed) problems.push("the rush ended before the kill: change --seed");
    pullTrigger();
    await killing;
    const acknowledgedSaves = [...progress.values()].reduce((n, p) => n + p.acknowledgedSave, 0);
    const acknowledgedSubmits = [...progress.values()].filter((p) => p.submitAcknowledged).length;
    if (acknowledgedSaves === 0 || acknowledgedSubmits === APPLICANTS)
      problems.push("the kill missed the rush: change --seed or --pause-ms");

    server = await startServer(database);

    // What the database holds after the crash, read as the restarted server would.
    const states = await applicationStates(
      db(),
      applicants.map((a) => a.applicationId),
    );
    let sentBeforeCrash = 0;
    for (const applicant of applicants) {
      const id = applicant.applicationId;
      const mine = progress.get(id)!;
      const state = states.get(id)!;
      const stored = [...Array(mine.sentSave + 1).keys()].find(
        (save) => save >= mine.acknowledgedSave && state.story === storyOrNone(storyText, id, save),
      );
      if (stored === undefined)
        problems.push(`${id}: save ${mine.acknowledgedSave} was acknowledged but is not stored`);
      if (state.storyRevision < mine.acknowledgedSave || state.storyRevision > mine.sentSave)
        problems.push(`${id}: revision ${state.storyRevision}, saves ${mine.acknowledgedSave}`);
      const half = halfWritten(state);
      if (half) problems.push(`${id}: half-written submission (${half})`);
      if (mine.submitAcknowledged && !state.submitted)
        problems.push(`${id}: sending was acknowledged but it is not sent`);
      if (state.submitted) sentBeforeCrash += 1;
    }

    // The restarted server finishes the rush, from what each applicant's page would show.
    await Promise.all(
      applicants.map(async (applicant) => {
        const id = applicant.applicationId;
        const state = states.get(id)!;
        if (state.submitted) return;
        const save = await postForm(
          database.base,
          applicant.autosavePath,
          applicant.cookie,
          {
            revision: String(state.storyRevision),
            "q.story": storyText(id, SAVES + 1),
          },
          REQUEST_TIMEOUT_MS,
        ).catch((error: Error) => ({ status: 0, location: error.message }));
        if (save.status !== 200) problems.push(`${id}: save after restart got ${save.status}`);
        const submit = await postForm(
          database.base,
          applicant.submitPath,
          applicant.cookie,
          applicant.submitForm,
          REQUEST_TIMEOUT_MS,
        ).catch((error: Error) => ({ status: 0, location: error.message }));
        if (!/\/sent$/.test(submit.location ?? ""))
          problems.push(`${id}: sending after restart got ${submit.status} ${submit.location}`);
      }),
    );
    const finalStates = await applicationStates(
      db(),
      applicants.map((a) => a.applicationId),
    );
    let sentAtEnd = 0;
    for (const [id, state] of finalStates) {
      const half = halfWritten(state);
      if (half) problems.push(`${id}: after the rush, ${half}`);
      if (state.submitted) sentAtEnd += 1;
      else problems.push(`${id}: not sent after the rush`);
    }

    const summary =
      `crash safety on ${database.engine}: killed ${(killedAtMs / 1000).toFixed(1)} s into a ` +
      `${APPLICANTS}-applicant rush (seed ${SEED}); ${acknowledgedSaves} acknowledged saves and ` +
      `${acknowledgedSubmits} acknowledged sends before the kill, ${sentBeforeCrash} sent in the ` +
      `database after it; ${sentAtEnd}/${APPLICANTS} sent once after the restart; ` +
      `${problems.length} problems`;
    console.log(summary);
    for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
    if (problems.length) {
      console.log(server.log().slice(-4000));
      process.exitCode = 1;
    }
  } finally {
    server?.stop();
    await database.cleanUp();
  }
}

type Db = ReturnType<typeof import("../app/services/platform/db.server").db>;

type ApplicationState = {
  story: string | undefined;
  storyRevision: number;
  submitted: boolean;
  submittedAt: Date | null;
  submittedById: string | null;
  requestedMinor: number;
  submitAudits: number;
  receipts: number;
};

function storyOrNone(
  storyText: (id: string, save: number) => string,
  id: string,
  save: number,
): string | undefined {
  return save === 0 ? undefined : storyText(id, save);
}

/** Everything the sending transaction writes, for each application. */
async function applicationStates(client: Db, ids: string[]) {
  const [rows, audits, receipts] = await Promise.all([
    client.application.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        answers: true,
        sectionRevisions: true,
        submittedAt: true,
        submittedById: true,
        requestedMinor: true,
      },
    }),
    client.auditEvent.groupBy({
      by: ["entityId"],
      where: { action: "applications.submitted", entityId: { in: ids } },
      _count: { _all: true },
    }),
    client.outboundEmail.findMany({
      where: { dedupeKey: { in: ids.map((id) => `application-receipt:${id}`) } },
      select: { dedupeKey: true },
    }),
  ]);
  const auditCount = new Map(audits.map((a) => [a.entityId, a._count._all]));
  const receiptCount = new Map<string, number>();
  for (const { dedupeKey } of receipts) {
    const id = dedupeKey.slice("application-receipt:".length);
    receiptCount.set(id, (receiptCount.get(id) ?? 0) + 1);
  }
  return new Map<string, ApplicationState>(
    rows.map((row) => [
      row.id,
      {
        story: (row.answers as Record<string, string>).story,
        storyRevision: (row.sectionRevisions as Record<string, number>).story ?? 0,
        submitted: row.status === "SUBMITTED",
        submittedAt: row.submittedAt,
        submittedById: row.submittedById,
        requestedMinor: row.requestedMinor,
        submitAudits: auditCount.get(row.id) ?? 0,
        receipts: receiptCount.get(row.id) ?? 0,
      },
    ]),
  );
}

/** What is wrong when an application is neither wholly sent nor wholly unsent; null if whole. */
function halfWritten(state: ApplicationState): string | null {
  const parts = {
    status: state.submitted,
    date: state.submittedAt !== null,
    sender: state.submittedById !== null,
    // A draft asks for nothing until it is sent: the amount is worked out from the budget then.
    amount: state.requestedMinor > 0,
    "audit row": state.submitAudits > 0,
    receipt: state.receipts > 0,
  };
  const present = Object.entries(parts).filter(([, there]) => there);
  if (present.length !== 0 && present.length !== Object.keys(parts).length)
    return `only ${present.map(([name]) => name).join(", ")}`;
  if (state.submitAudits > 1 || state.receipts > 1)
    return `${state.submitAudits} audit rows, ${state.receipts} receipts`;
  return null;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
