import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkUpload } from "./uploads.server";

const documents = { accept: ["application/pdf", "image/jpeg", "image/png"], maxBytes: 1024 * 1024 };
const minimalPdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe("checking uploads by their content", () => {
  it("accepts a real PDF", async () => {
    expect(await checkUpload(minimalPdf, documents)).toMatchObject({
      ok: true,
      mimeType: "application/pdf",
    });
  });

  it("refuses a program that pretends to be a PDF", async () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)]);
    expect(await checkUpload(elf, documents)).toEqual({ ok: false, reason: "type-not-allowed" });
    const windows = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...new Array(120).fill(0)]);
    expect(await checkUpload(windows, documents)).toEqual({
      ok: false,
      reason: "type-not-allowed",
    });
  });

  it("refuses empty and oversized files", async () => {
    expect(await checkUpload(new Uint8Array(), documents)).toEqual({ ok: false, reason: "empty" });
    expect(await checkUpload(minimalPdf, { ...documents, maxBytes: 10 })).toEqual({
      ok: false,
      reason: "too-large",
    });
  });

  it("removes the location a phone camera writes into a photo", async () => {
    const photo = await sharp({
      create: { width: 8, height: 8, channels: 3, background: "#c0ffee" },
    })
      .jpeg()
      .withExif({
        IFD0: { Make: "PhoneCam" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" },
      })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await checkUpload(new Uint8Array(photo), documents);
    expect(result.ok).toBe(true);
    if (result.ok) expect((await sharp(result.bytes).metadata()).exif).toBeUndefined();
  });
});
