// 电子归档: what the archive of an ended application holds, as a list of files in a fixed order with the
// manifest first. JSON documents are built here; uploaded files are named by their content address and
// streamed from the blob store when the zip is written. An applicant's archive holds everything; an
// officer's holds their department's share (data minimisation): the fields and uploaded files of the
// department's matters, no scenario answers, and other departments' timeline details left out. The
// division codes of the form are named as places in form/places.json.
import { createHash } from 'node:crypto';
import { projectForMatter } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import { applicationView } from '../applications/applicationViews.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, CommitmentRow, TaskRow } from '../db/rows.ts';
import { matterIdsOf, uploadsOf } from '../materials/materialUploads.ts';
import { dataOf } from '../db/packedJson.ts';
import { placesOf } from './placesOf.ts';

const ARCHIVE_FORMAT = 'onego-archive';
const ARCHIVE_FORMAT_VERSION = 1;

type ArchiveScope = { kind: 'applicant' } | { kind: 'department'; department: string };

interface ArchiveFile {
  path: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** The bytes of a document built here, or the content address of an uploaded file. */
  source: { bytes: Buffer } | { blob: string };
}

export interface Archive {
  /** The manifest first, then every file it lists, in that order. */
  files: ArchiveFile[];
  /** When the application ended: the time stamp of every entry, so that entries do not vary between downloads. */
  endedAt: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function jsonFile(path: string, value: unknown): ArchiveFile {
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  return { path, mediaType: 'application/json', size: bytes.length, sha256: sha256(bytes), source: { bytes } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Projections of several matters merged: the union of their fields. */
function mergeProjections(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isRecord(existing) && isRecord(value)) target[key] = mergeProjections({ ...existing }, value);
    else if (Array.isArray(existing) && Array.isArray(value)) target[key] = value.map((item: unknown, i) => (isRecord(item) && isRecord(existing[i]) ? mergeProjections({ ...existing[i] }, item) : item));
    else target[key] = value;
  }
  return target;
}

/** Timeline entries that are decisions on a matter (by an officer, or by a rule at submission), its review steps' included. */
const DECISION_EVENTS = new Set(['APPROVE', 'REJECT', 'RETURN', 'SUPPLEMENT', 'COMPLETE_STEP', 'SIGN_STEP', 'SEND_BACK', 'MATTER_APPROVED', 'MATTER_REJECTED', 'MATTER_RETURNED', 'MATTER_CANCELLED']);

export async function buildArchive(db: Database, catalog: BundleCatalog, row: ApplicationRow, viewer: Principal, generatedAt: string): Promise<Archive> {
  const scope: ArchiveScope = viewer.role === 'officer' ? { kind: 'department', department: viewer.department ?? '' } : { kind: 'applicant' };
  const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
  const published = await catalog.version(row.bundle_id, row.bundle_version);
  const view = await applicationView(db, catalog, row, 'zh', viewer);
  const tasks = (await db('tasks').where({ application_id: row.id })) as TaskRow[];
  const ownMatters = scope.kind === 'applicant' ? tasks.map((t) => t.matter_id) : tasks.filter((t) => t.department === scope.department).map((t) => t.matter_id);

  const data = dataOf<Record<string, unknown>>(row, compiled);
  const formData =
    scope.kind === 'applicant'
      ? data
      : ownMatters.reduce<Record<string, unknown>>((merged, matterId) => {
          const matter = compiled.matters.get(matterId);
          return matter ? mergeProjections(merged, projectForMatter(data, matter)) : merged;
        }, {});

  const files: ArchiveFile[] = [];
  files.push(
    jsonFile('application.json', {
      id: row.id,
      bundleId: row.bundle_id,
      bundleVersion: row.bundle_version,
      bundleName: compiled.bundle.name,
      applicant: row.applicant,
      status: row.status,
      submittedAt: row.created_at,
      endedAt: row.updated_at,
      matters: view.matters.map((m) => {
        const matter = compiled.matters.get(m.matterId);
        return { matterId: m.matterId, name: matter?.name, department: m.department, departmentName: matter?.department.name, status: m.status };
      }),
    }),
  );
  if (scope.kind === 'applicant') files.push(jsonFile('form/answers.json', JSON.parse(row.answers) as unknown));
  files.push(jsonFile('form/data.json', formData));
  // the division codes of the data as places people read (河南省 郑州市 金水区)
  files.push(jsonFile('form/places.json', placesOf(formData, compiled.form(JSON.parse(row.answers) as unknown, 'zh').schema)));
  files.push(
    jsonFile(
      'decisions.json',
      view.matters.map((m) => {
        const task = tasks.find((t) => t.matter_id === m.matterId);
        return {
          matterId: m.matterId,
          department: m.department,
          status: m.status,
          acceptedAt: m.acceptedAt,
          dueAt: m.dueAt,
          dueAtProvisional: m.dueAtProvisional,
          decidedAt: m.decidedAt,
          decidedBy: task?.decided_by ?? null,
          entries: view.timeline.filter((e) => e.matterId === m.matterId && DECISION_EVENTS.has(e.what)),
        };
      }),
    ),
  );
  files.push(jsonFile('timeline.json', view.timeline));
  files.push(jsonFile('results.json', view.results));
  files.push(
    jsonFile('bundle-version.json', {
      bundleId: row.bundle_id,
      version: row.bundle_version,
      designVersion: published?.definition.bundle.version ?? null,
      publishedAt: published?.publishedAt ?? null,
      publishedBy: published?.publishedBy ?? null,
      // SHA-256 of the published definition ({bundle, matters} as stored): identifies exactly what ran.
      definitionSha256: published ? sha256(Buffer.from(JSON.stringify(published.definition), 'utf8')) : null,
      matters: (published?.definition.matters ?? []).map((m) => ({ id: m.id, version: m.version })),
    }),
  );

  const uploads = (await uploadsOf(db, row.id)).filter((u) => scope.kind === 'applicant' || matterIdsOf(u).some((id) => ownMatters.includes(id)));
  const perMaterial = new Map<string, number>();
  const materialFiles: ArchiveFile[] = uploads.map((u) => {
    const n = (perMaterial.get(u.material_id) ?? 0) + 1;
    perMaterial.set(u.material_id, n);
    return { path: `materials/${u.material_id}/${n}-${u.filename}`, mediaType: u.media_type, size: Number(u.size), sha256: u.sha256, source: { blob: u.sha256 } };
  });
  files.push(
    jsonFile(
      'materials/index.json',
      uploads.map((u, i) => {
        const material = matterIdsOf(u)
          .map((id) => compiled.matters.get(id)?.materials.find((m) => m.id === u.material_id))
          .find((m) => m !== undefined);
        return {
          uploadId: u.id,
          materialId: u.material_id,
          materialName: material?.name ?? null,
          matterIds: matterIdsOf(u),
          path: materialFiles[i]?.path,
          filename: u.filename,
          sha256: u.sha256,
          size: Number(u.size),
          mediaType: u.media_type,
          declaredType: u.declared_type,
          uploadedBy: u.uploaded_by,
          uploadedAt: u.uploaded_at,
        };
      }),
    ),
    ...materialFiles,
  );

  // 告知承诺 with the signatures they were signed with (an officer: those of its own matters' materials).
  const ownMaterials = new Set(ownMatters.flatMap((id) => (compiled.matters.get(id)?.materials ?? []).map((m) => m.id)));
  const commitments = ((await db('commitments').where({ application_id: row.id }).orderBy('id')) as CommitmentRow[]).filter((c) => ownMaterials.has(c.material_id));
  const signatures = new Map<string, ArchiveFile>();
  for (const c of commitments) {
    if (!c.signature_sha256 || signatures.has(c.signature_sha256)) continue;
    const path = `commitments/signature-${signatures.size + 1}.png`;
    signatures.set(c.signature_sha256, { path, mediaType: 'image/png', size: Number(c.signature_size ?? 0), sha256: c.signature_sha256, source: { blob: c.signature_sha256 } });
  }
  if (commitments.length > 0) {
    files.push(
      jsonFile(
        'commitments/index.json',
        commitments.map((c) => ({
          materialId: c.material_id,
          text: JSON.parse(c.text) as unknown,
          signedBy: c.signed_by,
          signedAt: c.signed_at,
          signature: c.signature_sha256 ? { sha256: c.signature_sha256, method: c.signature_method ?? 'drawn', path: signatures.get(c.signature_sha256)?.path } : null,
        })),
      ),
      ...signatures.values(),
    );
  }

  const manifest = jsonFile('manifest.json', {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    applicationId: row.id,
    bundleId: row.bundle_id,
    bundleVersion: row.bundle_version,
    status: row.status,
    scope,
    generatedAt,
    generatedFor: viewer.subject,
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size, mediaType: f.mediaType })),
  });
  return { files: [manifest, ...files], endedAt: row.updated_at };
}
