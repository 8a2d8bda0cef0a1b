import type { Knex } from 'knex';

// Departments are of a region: a task belongs to the regional department of its matter (河南 公安局 is
// not 济南市公安局历下区分局), no longer to a short id such as police that two regions' police shared.
// Each published bundle version records, per matter, the department record its tasks go to
// (bundle_versions.departments, JSON { matterId: departmentId }). For the versions published before:
// the department of the matter's name in the matter's catalogue region (else the bundle's region), made
// when missing with the id `<short id>-<region>`; then every row keyed by a short id — tasks and their
// counts, matter ratings, rectifications, department notifications, webhooks and their deliveries — is
// moved to the regional department. A webhook of a short id two regions shared is kept for each of them.
// Events (history) keep what they said. knex only: no OneGo code.

interface VersionRow {
  bundle_id: string;
  version: number | string;
  definition: string;
}

interface MatterDepartment {
  matterId: string;
  shortId: string;
  name: string;
  nameEn: string | null;
}

interface Definition {
  bundle?: { region?: { divisionCode?: unknown; name?: { zh?: unknown } } };
  matters?: { id?: unknown; department?: { id?: unknown; name?: { zh?: unknown; en?: unknown } } }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function mattersOf(definition: Definition): MatterDepartment[] {
  const out: MatterDepartment[] = [];
  for (const m of definition.matters ?? []) {
    const matterId = text(m.id);
    const shortId = text(m.department?.id);
    const name = text(m.department?.name?.zh);
    if (matterId && shortId && name) out.push({ matterId, shortId, name, nameEn: text(m.department?.name?.en) });
  }
  return out;
}

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('bundle_versions', (t) => {
    t.text('departments'); // { matterId: departmentId }: the regional department of each matter's tasks
  });
  const now = new Date().toISOString();
  const versions = await db('bundle_versions').orderBy(['bundle_id', 'version']).select<VersionRow[]>('bundle_id', 'version', 'definition');
  /** Old short id → the regional departments it became (more than one when regions shared it). */
  const becameOf = new Map<string, Set<string>>();

  async function departmentFor(m: MatterDepartment, bundleRegion: string, regionName: string | null): Promise<string> {
    if (await db('departments').where({ id: m.shortId }).first('id')) return m.shortId;
    const entry = await db('matters').where({ id: m.matterId }).first<{ region: string } | undefined>('region');
    const region = entry?.region ?? bundleRegion;
    const found = await db('departments').where({ region, name_zh: m.name }).first<{ id: string } | undefined>('id');
    if (found) return found.id;
    for (let n = 1; ; n++) {
      const id = n === 1 ? `${m.shortId}-${region}` : `${m.shortId}-${region}-${n}`;
      if (await db('departments').where({ id }).first('id')) continue;
      await db('departments').insert({
        id,
        name_zh: m.name,
        name_en: m.nameEn,
        region,
        region_name: region === bundleRegion ? regionName : null,
        created_by: 'migration',
        created_at: now,
      });
      return id;
    }
  }

  for (const v of versions) {
    let definition: Definition;
    try {
      definition = JSON.parse(v.definition) as Definition;
    } catch {
      continue;
    }
    const bundleRegion = text(definition.bundle?.region?.divisionCode) ?? 'national';
    const regionName = text(definition.bundle?.region?.name?.zh);
    const map: Record<string, string> = {};
    const byShortId = new Map<string, string>();
    for (const m of mattersOf(definition)) {
      const id = await departmentFor(m, bundleRegion, regionName);
      map[m.matterId] = id;
      if (!byShortId.has(m.shortId)) byShortId.set(m.shortId, id);
      if (id !== m.shortId) becameOf.set(m.shortId, (becameOf.get(m.shortId) ?? new Set()).add(id));
    }
    await db('bundle_versions').where({ bundle_id: v.bundle_id, version: v.version }).update({ departments: JSON.stringify(map) });
    const applications = () => db('applications').where({ bundle_id: v.bundle_id, bundle_version: v.version }).select('id');
    for (const [matterId, id] of Object.entries(map)) {
      await db('tasks').whereIn('application_id', applications()).andWhere({ matter_id: matterId }).update({ department: id });
      await db('matter_ratings').whereIn('application_id', applications()).andWhere({ matter_id: matterId }).update({ department: id });
    }
    for (const [shortId, id] of byShortId) {
      if (shortId === id) continue;
      await db('rectifications').whereIn('application_id', applications()).andWhere({ department: shortId }).update({ department: id });
      await db('notifications').whereIn('application_id', applications()).andWhere({ audience: 'department', recipient: shortId }).update({ recipient: id });
      const notifications = db('notifications').whereIn('application_id', applications()).select('id');
      await db('webhook_deliveries').whereIn('notification_id', notifications).andWhere({ department: shortId }).update({ department: id });
    }
  }

  // The inbox's counts, again from the tasks (as migration 009 made them).
  await db('task_counts').delete();
  const counts = await db('tasks').select('department', 'status').count<{ department: string; status: string; tasks: number | string }[]>({ tasks: '*' }).groupBy('department', 'status');
  for (let i = 0; i < counts.length; i += 100) {
    await db('task_counts').insert(counts.slice(i, i + 100).map((c) => ({ department: c.department, status: c.status, tasks: Number(c.tasks) })));
  }

  // A webhook of a short id: one for each regional department it became.
  const hooks = (await db('department_webhooks').select()) as Record<string, unknown>[];
  for (const hook of hooks) {
    const became = becameOf.get(String(hook['department']));
    if (!became) continue;
    for (const id of became) {
      await db('department_webhooks').insert({ ...hook, department: id }).onConflict('department').ignore();
    }
    if (!became.has(String(hook['department']))) await db('department_webhooks').where({ department: hook['department'] }).delete();
  }
}
