// What everyone reads: the agency registry (search, lineage, code resolution), information systems, the
// service catalog with its contracts and protocol conversion, and the shared code lists — with the agency admin's
// and operator's actions on them.
import { computed, reactive, ref, watch } from './vue.js';
import { api, ApiError } from './api.js';
import { date, dateTime, language, number, t } from './i18n.js';
import { ActionForm, FilterBar, PagedTable, ProblemBox } from './components.js';
import { ListScreen } from './list-screen.js';
import { ServiceConversion } from './service-conversion.js';
import { AGENCY_ADMIN, AUTHORITY, OPERATOR, OVERSIGHT, can, ownsAgency, user } from './session.js';

const status = s => t('status.' + s);

export const Agencies = {
  components: { FilterBar, PagedTable, ActionForm, ProblemBox },
  setup() {
    const query = ref({ q: '' });
    const filters = [
      { name: 'q', label: t('agencies.search') },
      { name: 'status', label: t('col.status'), options: ['ACTIVE', 'RETIRED'].map(v => ({ value: v, label: status(v) })) },
    ];
    const columns = [
      { label: t('col.code'), value: a => a.code, link: a => '#/agencies/' + a.code },
      { label: t('col.name'), value: a => a.name },
      { label: t('col.parent'), value: a => a.parentCode || '' },
      { label: t('col.status'), value: a => status(a.status) },
    ];
    const resolution = ref(null);
    const error = ref(null);
    const resolve = async body => {
      resolution.value = null;
      resolution.value = await api.get('/api/v1/agencies/' + encodeURIComponent(body.code || '') + '/resolution');
      return null;
    };
    const fields = [{ name: 'code', label: t('col.code'), required: true }];
    return { query, filters, columns, resolution, error, resolve, fields, t, status };
  },
  template: `
    <section>
      <h1>{{ t('nav.agencies') }}</h1>
      <FilterBar :filters="filters" v-model="query"/>
      <PagedTable path="/api/v1/agencies" :query="query" :columns="columns" :caption="t('nav.agencies')"/>
      <div class="panel">
        <h2>{{ t('agencies.resolve') }}</h2>
        <p class="intro">{{ t('agencies.resolveHint') }}</p>
        <ActionForm id="resolve-form" :fields="fields" :submit="resolve" :submit-label="t('agencies.resolve')"/>
        <p v-if="resolution" class="notice" id="resolution">{{ t('agencies.resolution', resolution.code, status(resolution.status), (resolution.currentCodes || []).join(', ')) }}</p>
      </div>
    </section>`,
};

export const AgencyDetail = {
  components: { ProblemBox, ActionForm, PagedTable },
  props: { params: Object },
  setup(props) {
    const agency = ref(null);
    const error = ref(null);
    const editing = ref(false);
    async function load() {
      try {
        agency.value = await api.get('/api/v1/agencies/' + props.params.code);
      } catch (e) {
        error.value = e;
      }
    }
    load();
    const editFields = () => [
      { name: 'email', label: t('agencies.email'), type: 'email', value: agency.value.email || '' },
      { name: 'phone', label: t('agencies.phone'), value: agency.value.phone || '' },
    ];
    const save = body => {
      const a = agency.value;
      return api.put('/admin/v1/agencies/' + a.code, {
        code: a.code, name: a.name, shortName: a.shortName, kind: a.kind, status: a.status,
        parentCode: a.parentCode, administrativeUnitCode: a.administrativeUnitCode, ...body,
      }, { headers: { 'If-Match': '"' + a.version + '"' } });
    };
    const saved = v => { agency.value = v; editing.value = false; load(); };
    const systemColumns = [
      { label: t('col.system'), value: s => s.identifier, link: s => '#/systems?agency=' + s.agencyCode },
      { label: t('col.name'), value: s => s.name },
      { label: t('col.security'), value: s => (s.securityLevel ? s.securityLevel + ' · ' : '') + status(s.securityStatus) },
      { label: t('col.connection'), value: s => status(s.connectionStatus) },
    ];
    const mayEdit = computed(() => agency.value && ownsAgency(agency.value.code));
    return { agency, error, editing, editFields, save, saved, mayEdit, systemColumns, t, status, date, dateTime };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!agency && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="agency">
        <h1>{{ agency.name }} <small>{{ agency.code }}</small></h1>
        <dl class="facts">
          <dt>{{ t('col.status') }}</dt><dd>{{ status(agency.status) }}</dd>
          <dt>{{ t('col.parent') }}</dt><dd><a v-if="agency.parentCode" :href="'#/agencies/' + agency.parentCode">{{ agency.parentCode }}</a></dd>
          <dt>{{ t('agencies.contacts') }}</dt><dd>{{ agency.email }} · {{ agency.phone }}</dd>
          <template v-if="agency.formerNames && agency.formerNames.length"><dt>{{ t('agencies.lineage') }}</dt><dd>{{ agency.formerNames.join(' → ') }} → {{ agency.name }}</dd></template>
          <template v-if="agency.successorCodes"><dt>{{ t('agencies.successors') }}</dt>
            <dd><a v-for="c in agency.successorCodes" :href="'#/agencies/' + c" class="chip">{{ c }}</a></dd>
            <dt>{{ t('agencies.current') }}</dt><dd><a v-for="c in agency.currentCodes" :href="'#/agencies/' + c" class="chip">{{ c }}</a></dd></template>
        </dl>
        <button v-if="mayEdit && !editing" type="button" @click="editing = true" id="edit-contacts">{{ t('agencies.editContacts') }}</button>
        <div v-if="editing" class="panel"><ActionForm id="contacts-form" :fields="editFields()" :submit="save" @done="saved" @cancel="editing = false"/></div>
        <h2>{{ t('nav.systems') }}</h2>
        <PagedTable path="/api/v1/systems" :query="{ agency: agency.code }" :columns="systemColumns" :caption="t('nav.systems')"/>
      </template>
    </section>`,
};

export const Systems = {
  components: { ListScreen },
  props: { params: Object },
  setup(props) {
    const mine = s => ownsAgency(s.agencyCode);
    const config = {
      title: t('nav.systems'),
      path: '/api/v1/systems',
      query: { agency: (props.params && props.params.agency) || (can([AGENCY_ADMIN]) ? user.agency : '') },
      filters: [{ name: 'agency', label: t('f.agencyCode') }],
      rowTitle: s => s.identifier,
      columns: [
        { label: t('col.system'), value: s => s.identifier },
        { label: t('col.name'), value: s => s.name },
        { label: t('col.security'), value: s => (s.securityLevel ? s.securityLevel + ' · ' : '') + status(s.securityStatus) + (s.securityRefusalReason ? ': ' + s.securityRefusalReason : '') },
        { label: t('col.connection'), value: s => status(s.connectionStatus) + (s.suspendedAt ? ' · ' + t('systems.suspend') : '') },
      ],
      actions: [
        { id: 'declare', label: t('systems.declare'), roles: [OPERATOR, AGENCY_ADMIN], when: s => mine(s) && s.securityStatus !== 'PENDING',
          fields: () => [
            { name: 'level', label: t('f.level'), type: 'number', required: true },
            { name: 'decisionNumber', label: t('f.decisionNumber'), required: true },
            { name: 'decisionDate', label: t('f.decisionDate'), type: 'date', required: true },
            { name: 'approver', label: t('f.approver'), required: true },
            { name: 'documentRef', label: t('f.documentRef') },
          ],
          run: (s, body) => api.post(`/admin/v1/systems/${s.agencyCode}/${s.systemCode}/security-level`, body) },
        { id: 'connect', label: t('systems.connect'), roles: [OPERATOR, AGENCY_ADMIN],
          when: s => mine(s) && s.connectionStatus !== 'CONNECTED' && s.securityStatus === 'APPROVED', fields: () => connectionFields(),
          run: (s, body) => api.post('/admin/v1/connection-requests', { ...body, agencyCode: s.agencyCode, systemCode: s.systemCode, kind: 'CONNECT' }) },
        { id: 'cancel', label: t('systems.cancel'), roles: [OPERATOR, AGENCY_ADMIN],
          when: s => mine(s) && s.connectionStatus === 'CONNECTED', fields: () => connectionFields(),
          run: (s, body) => api.post('/admin/v1/connection-requests', { ...body, agencyCode: s.agencyCode, systemCode: s.systemCode, kind: 'CANCEL' }) },
        { id: 'suspend', label: t('systems.suspend'), roles: [OPERATOR], when: s => !s.suspendedAt,
          fields: () => [{ name: 'reason', label: t('f.reason'), type: 'textarea', required: true }],
          run: (s, body) => api.post(`/admin/v1/systems/${s.agencyCode}/${s.systemCode}/suspend`, body) },
        { id: 'resume', label: t('systems.resume'), roles: [OPERATOR], when: s => !!s.suspendedAt,
          run: s => api.post(`/admin/v1/systems/${s.agencyCode}/${s.systemCode}/resume`, '') },
      ],
      create: {
        label: t('systems.register'), roles: [OPERATOR, AGENCY_ADMIN],
        fields: () => [
          { name: 'agencyCode', label: t('f.agencyCode'), required: true, value: user.agency && can([AGENCY_ADMIN]) ? user.agency : '' },
          { name: 'systemCode', label: t('f.systemCode'), required: true },
          { name: 'name', label: t('f.name'), required: true },
          { name: 'purpose', label: t('f.purpose'), type: 'textarea' },
          { name: 'dataKind', label: t('f.dataKind'), type: 'select', value: 'SPECIALISED', options: ['BASE', 'SPECIALISED', 'OTHER'] },
          { name: 'baseUrls', label: t('f.baseUrls'), type: 'list' },
          { name: 'contactName', label: t('f.contactName') },
          { name: 'contactEmail', label: t('f.contactEmail'), type: 'email' },
          { name: 'contactPhone', label: t('f.contactPhone') },
        ],
        run: body => api.post('/admin/v1/systems', body),
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

function connectionFields() {
  return [
    { name: 'purpose', label: t('f.purpose'), type: 'textarea', required: true },
    { name: 'contactName', label: t('f.contactName'), required: true },
    { name: 'contactEmail', label: t('f.contactEmail'), type: 'email', required: true },
    { name: 'expectedVolume', label: t('f.expectedVolume'), type: 'number' },
    { name: 'securityEvidence', label: t('f.securityEvidence') },
  ];
}

export const Services = {
  components: { FilterBar, PagedTable },
  setup() {
    const query = ref({});
    const filters = [
      { name: 'q', label: t('services.search') },
      { name: 'agency', label: t('f.agencyCode') },
      { name: 'status', label: t('col.status'), options: ['DRAFT', 'PUBLISHED', 'DISABLED', 'RETIRED'].map(v => ({ value: v, label: status(v) })) },
    ];
    const columns = [
      { label: t('col.service'), value: s => s.id, link: s => '#/services/' + s.id },
      { label: t('col.title'), value: s => (language.value === 'en' ? s.titleEn || s.titleVi : s.titleVi) },
      { label: t('col.protocol'), value: s => s.protocol },
      { label: t('col.status'), value: s => status(s.status) },
    ];
    return { query, filters, columns, t };
  },
  template: `
    <section>
      <h1>{{ t('nav.services') }}</h1>
      <FilterBar :filters="filters" v-model="query"/>
      <PagedTable path="/api/v1/services" :query="query" :columns="columns" :caption="t('nav.services')"/>
    </section>`,
};

export const ServiceDetail = {
  components: { ProblemBox, ServiceConversion },
  props: { params: Object },
  setup(props) {
    const id = props.params.id;
    const service = ref(null);
    const availability = ref(null);
    const contract = ref('');
    const documentName = ref('');
    const error = ref(null);
    const actionError = ref(null);
    async function load() {
      try {
        service.value = await api.get('/api/v1/services/' + id);
        availability.value = await api.get('/api/v1/services/' + id + '/availability');
        const main = (service.value.documents || []).find(d => d.main) || (service.value.documents || [])[0];
        if (main) show(main.name);
      } catch (e) {
        error.value = e;
      }
    }
    async function show(name) {
      documentName.value = name;
      contract.value = t('list.loading');
      try {
        contract.value = await api.get('/api/v1/services/' + id + '/contract', { document: name }, { accept: '*/*', raw: true });
      } catch (e) {
        contract.value = e.message;
      }
    }
    const manages = computed(() => service.value && ownsAgency(service.value.agencyCode));
    async function act(step) {
      actionError.value = null;
      try {
        service.value = await api.post('/admin/v1/services/' + id + '/' + step, step === 'disable' ? {} : '');
      } catch (e) {
        actionError.value = e;
      }
    }
    load();
    return { service, availability, contract, documentName, error, actionError, show, manages, act, t, status, dateTime };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!service && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="service">
        <h1>{{ service.titleVi }} <small>{{ service.id }}</small></h1>
        <p>{{ service.description }}</p>
        <dl class="facts">
          <dt>{{ t('col.status') }}</dt><dd>{{ status(service.status) }}</dd>
          <dt>{{ t('col.protocol') }}</dt><dd>{{ service.protocol }} · {{ service.dataKind }}</dd>
          <template v-if="availability && availability.suspendedAt"><dt>{{ t('services.availability') }}</dt>
            <dd class="overdue">{{ t('maint.suspended', dateTime(availability.suspendedAt), availability.suspensionReason) }}</dd></template>
        </dl>
        <div v-if="manages" class="toolbar">
          <button v-if="service.status === 'DRAFT'" type="button" @click="act('publish')">{{ t('services.publish') }}</button>
          <button v-if="service.status === 'PUBLISHED'" type="button" @click="act('disable')">{{ t('services.disable') }}</button>
          <button v-if="service.status === 'DISABLED'" type="button" @click="act('enable')">{{ t('services.enable') }}</button>
          <button v-if="service.status !== 'RETIRED'" type="button" @click="act('retire')">{{ t('services.retire') }}</button>
        </div>
        <ProblemBox :error="actionError"/>
        <h2>{{ t('services.operations') }}</h2>
        <table class="list"><tbody><tr v-for="o in service.operations"><td>{{ o.method }}</td><td><code>{{ o.path || o.code }}</code></td><td>{{ o.summary }}</td></tr></tbody></table>
        <ServiceConversion :service="service"/>
        <h2>{{ t('services.contract') }}</h2>
        <div class="toolbar"><button v-for="d in service.documents" type="button" :aria-pressed="d.name === documentName" @click="show(d.name)">{{ d.name }}</button></div>
        <pre class="contract" tabindex="0" :aria-label="t('services.contract')">{{ contract }}</pre>
      </template>
    </section>`,
};

export const CodeLists = {
  components: { PagedTable },
  setup() {
    const columns = [
      { label: t('col.code'), value: l => l.code, link: l => '#/code-lists/' + l.code },
      { label: t('col.name'), value: l => l.nameVi },
      { label: t('col.owner'), value: l => l.ownerAgencyCode },
      { label: t('col.version'), value: l => l.currentVersion ?? '' },
      { label: t('col.decision'), value: l => [l.legalBasisNumber, date(l.legalBasisDate)].filter(Boolean).join(' · ') },
    ];
    return { columns, t };
  },
  template: `<section><h1>{{ t('nav.codeLists') }}</h1>
    <PagedTable path="/api/v1/code-lists" :columns="columns" :caption="t('nav.codeLists')"/></section>`,
};

export const CodeListDetail = {
  components: { PagedTable, FilterBar, ProblemBox },
  props: { params: Object },
  setup(props) {
    const code = props.params.code;
    const list = ref(null);
    const error = ref(null);
    const query = ref({ q: '' });
    const filters = [{ name: 'q', label: t('f.q') }, { name: 'parent', label: t('col.parent') }];
    const columns = [
      { label: t('col.code'), value: i => i.code },
      { label: t('col.name'), value: i => i.name },
      { label: t('col.parent'), value: i => i.parentCode || '' },
      { label: t('col.validity'), value: i => [date(i.validFrom), date(i.validTo)].filter(Boolean).join(' – ') },
      { label: t('col.replacedBy'), value: i => (i.replacedBy || []).join(', ') },
    ];
    api.get('/api/v1/code-lists/' + code).then(l => { list.value = l; }, e => { error.value = e; });
    return { list, error, query, filters, columns, code, can, OPERATOR, t, status, date, dateTime, number };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!list && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="list">
        <h1>{{ list.nameVi }} <small>{{ list.code }}</small></h1>
        <div class="toolbar" v-if="can([OPERATOR])"><a class="button primary" :href="'#/code-lists/' + code + '/import'" id="import-link">{{ t('codes.import') }}</a></div>
        <h2>{{ t('codes.versions') }}</h2>
        <table class="list"><thead><tr><th>{{ t('col.version') }}</th><th>{{ t('col.status') }}</th><th>{{ t('col.effective') }}</th><th>{{ t('col.items') }}</th><th>{{ t('col.at') }}</th></tr></thead>
          <tbody><tr v-for="v in list.versions"><td>{{ v.number }}</td><td>{{ status(v.status) }}</td><td>{{ date(v.effectiveFrom) }}</td><td>{{ number(v.itemCount) }}</td><td>{{ dateTime(v.publishedAt) }} {{ v.publishedBy }}</td></tr></tbody></table>
        <h2>{{ t('codes.items') }}</h2>
        <FilterBar :filters="filters" v-model="query"/>
        <PagedTable :path="'/api/v1/code-lists/' + code + '/items'" :query="query" :columns="columns" :caption="t('codes.items')"/>
      </template>
    </section>`,
};

/** The line a problem of an import names ("line 3: name" → 3, "name"). */
function byLine(error) {
  const m = /^line (\d+)(?::\s*(.*))?$/.exec(String(error.field || ''));
  return m ? { line: Number(m[1]), column: m[2] || '', message: error.message } : { line: '', column: error.field || '', message: error.message };
}

/** What publishing a draft changes, as rows: the API's added, removed, renamed and replaced items. */
function changeRows(c) {
  return [
    ...c.added.map(i => ({ kind: 'added', code: i.code, text: i.name })),
    ...c.removed.map(code => ({ kind: 'removed', code, text: '' })),
    ...c.renamed.map(r => ({ kind: 'renamed', code: r.code, text: r.oldName + ' → ' + r.newName })),
    ...c.replaced.map(i => ({ kind: 'replaced', code: i.code, text: (i.replacedBy || []).join(', ') })),
  ];
}

/**
 * Import of a new version: the server validates the file whole (its problems shown by line); the draft it
 * accepted is previewed as the API serves it — its items, and its changes against the current version.
 */
export const CodeListImport = {
  components: { ProblemBox, PagedTable },
  props: { params: Object },
  setup(props) {
    const code = props.params.code;
    const file = ref(null);
    const effectiveFrom = ref('');
    const busy = ref(false);
    const error = ref(null);
    const problems = ref([]);
    const draft = ref(null);
    const changes = ref([]);
    const previewColumns = [
      { label: t('col.code'), value: i => i.code },
      { label: t('col.name'), value: i => i.name },
      { label: t('col.parent'), value: i => i.parentCode || '' },
      { label: t('col.replacedBy'), value: i => (i.replacedBy || []).join(', ') },
    ];
    const published = ref(null);
    const pick = event => { file.value = event.target.files[0] || null; };
    async function upload() {
      error.value = null; problems.value = []; draft.value = null; changes.value = []; published.value = null;
      busy.value = true;
      try {
        const text = file.value ? await file.value.text() : '';
        draft.value = await api.put('/admin/v1/code-lists/' + code + '/draft', text,
          { contentType: 'text/csv', query: { effectiveFrom: effectiveFrom.value } });
        changes.value = changeRows(await api.get('/admin/v1/code-lists/' + code + '/draft/changes'));
      } catch (e) {
        error.value = e;
        problems.value = ((e.problem && e.problem.errors) || []).map(byLine);
      } finally {
        busy.value = false;
      }
    }
    async function publish() {
      busy.value = true;
      error.value = null;
      try {
        published.value = await api.post('/admin/v1/code-lists/' + code + '/versions/' + draft.value.number + '/publish', '');
        draft.value = null;
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    async function discard() {
      busy.value = true;
      error.value = null;
      try {
        await api.del('/admin/v1/code-lists/' + code + '/draft');
        draft.value = null; changes.value = [];
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    return { code, pick, effectiveFrom, busy, error, problems, draft, previewColumns, changes, published, upload, publish,
      discard, t, date };
  },
  template: `
    <section>
      <h1>{{ t('codes.import') }} <small>{{ code }}</small></h1>
      <p class="intro">{{ t('codes.importHint') }}</p>
      <form class="action-form" novalidate @submit.prevent="upload" id="import-form">
        <div class="field"><label for="import-file">{{ t('f.file') }}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" @change="pick"></div>
        <div class="field"><label for="import-effective">{{ t('f.effectiveFrom') }}</label>
          <input id="import-effective" name="effectiveFrom" type="date" v-model="effectiveFrom"></div>
        <div class="buttons"><button type="submit" class="primary" :disabled="busy">{{ busy ? t('form.working') : t('codes.upload') }}</button></div>
      </form>
      <p v-if="busy" role="status" class="loading">{{ t('form.working') }}</p>
      <ProblemBox :error="problems.length ? null : error"/>
      <div v-if="problems.length" class="problem" role="alert">
        <strong>{{ t('codes.errors', problems.length) }}</strong>
        <table class="list" id="import-errors"><thead><tr><th>{{ t('col.line') }}</th><th>{{ t('col.column') }}</th><th>{{ t('col.problem') }}</th></tr></thead>
          <tbody><tr v-for="p in problems" :data-line="p.line"><td>{{ p.line }}</td><td>{{ p.column }}</td><td>{{ p.message }}</td></tr></tbody></table>
      </div>
      <div v-if="draft" class="panel" id="draft">
        <h2>{{ t('codes.draft', draft.number, draft.itemCount, date(draft.effectiveFrom)) }}</h2>
        <div class="buttons">
          <button type="button" class="primary" id="publish-draft" :disabled="busy" @click="publish">{{ t('codes.publish') }}</button>
          <button type="button" id="discard-draft" :disabled="busy" @click="discard">{{ t('codes.discard') }}</button>
        </div>
        <p class="intro">{{ t('codes.discardHint') }}</p>
        <h3>{{ t('codes.diff') }}</h3>
        <p v-if="!changes.length" class="empty">{{ t('list.empty') }}</p>
        <table v-else class="list" id="draft-diff"><caption>{{ t('codes.diff') }}</caption><thead><tr><th scope="col">{{ t('col.change') }}</th><th scope="col">{{ t('col.code') }}</th><th scope="col">{{ t('col.detail') }}</th></tr></thead><tbody><tr v-for="c in changes" :data-change="c.kind"><td>{{ t('codes.' + c.kind) }}</td><td>{{ c.code }}</td><td>{{ c.text }}</td></tr></tbody></table>
        <h3>{{ t('codes.preview') }}</h3>
        <div id="draft-preview"><PagedTable :path="'/admin/v1/code-lists/' + code + '/draft/items'" :query="{}"
          :columns="previewColumns" :caption="t('codes.preview')" :key="draft.number"/></div>
      </div>
      <p v-if="published" class="notice" role="status" id="published">{{ t('codes.published', published.number) }}</p>
    </section>`,
};
