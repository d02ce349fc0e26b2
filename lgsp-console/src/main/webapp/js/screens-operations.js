// Running the platform: the exchange log with its hash-chain check, the admin audit, maintenance windows,
// the status board, alerts, incidents and notifications; and the home screen with what awaits the officer.
import { computed, reactive, ref } from './vue.js';
import { api, asPage } from './api.js';
import { date, dateTime, language, number, t, vietnamInstant } from './i18n.js';
import { ActionForm, FilterBar, PagedTable, ProblemBox } from './components.js';
import { ListScreen } from './list-screen.js';
import { AGENCY_ADMIN, AUDITOR, AUTHORITY, OPERATOR, OVERSIGHT, can, user } from './session.js';

/** Counters of what waits for the signed-in officer, each a link to its inbox. */
export const Home = {
  setup() {
    const cards = [
      { key: 'home.toCheck', roles: [OPERATOR], path: '/admin/v1/connection-requests', query: { status: 'SUBMITTED' }, link: '#/connection-requests' },
      { key: 'home.toDecideConnection', roles: [AUTHORITY], path: '/admin/v1/connection-requests', query: { status: 'CHECKED' }, link: '#/connection-requests' },
      { key: 'home.mineConnection', roles: [AGENCY_ADMIN], path: '/admin/v1/connection-requests', query: { status: 'SUBMITTED' }, link: '#/connection-requests' },
      { key: 'home.overdueConnection', roles: [OPERATOR, AUTHORITY, AUDITOR], path: '/admin/v1/connection-requests', query: { overdue: 'true' }, link: '#/connection-requests' },
      { key: 'home.levelsToDecide', roles: [AUTHORITY], path: '/api/v1/systems', all: true, count: a => a.filter(s => s.securityStatus === 'PENDING').length, link: '#/security-levels' },
      { key: 'home.accessToAnswer', roles: [OPERATOR, AGENCY_ADMIN], path: '/admin/v1/access-requests', query: { status: 'SUBMITTED' }, link: '#/access-requests' },
      { key: 'home.accessEscalated', roles: [AUTHORITY, AUDITOR], path: '/admin/v1/access-requests', query: { status: 'ESCALATED' }, link: '#/access-requests' },
      { key: 'home.orgToDecide', roles: [AUTHORITY], path: '/admin/v1/org-changes', query: { size: 100 }, link: '#/org-changes',
        count: a => asPage(a, 0, 100).items.filter(c => ['FILED', 'CHECKED', 'SUBMITTED'].includes(c.status)).length },
      { key: 'home.feedbackToAnswer', roles: [AGENCY_ADMIN], path: '/admin/v1/feedback-rounds', all: true, link: '#/feedback-rounds',
        count: a => a.filter(r => r.open && !r.answeredByMyAgency).length },
      { key: 'home.alertsFiring', roles: [OPERATOR, AUTHORITY, AUDITOR, AGENCY_ADMIN], path: '/admin/v1/alerts', query: { state: 'firing' }, link: '#/alerts' },
      { key: 'home.incidentsOpen', roles: [OPERATOR, AUTHORITY, AUDITOR, AGENCY_ADMIN], path: '/admin/v1/incidents', query: {}, count: a => asPage(a).items.filter(i => i.state !== 'CLOSED').length, link: '#/incidents' },
    ].filter(c => can(c.roles)).map(c => reactive({ ...c, value: null, error: '' }));
    for (const card of cards) {
      (card.all ? api.all(card.path, card.query) : api.get(card.path, { size: 1, ...card.query }))
        .then(answer => { card.value = card.count ? card.count(answer) : asPage(answer).totalItems; })
        .catch(e => { card.error = e.message; });
    }
    return { cards, t, user };
  },
  template: `
    <section>
      <h1>{{ t('home.title') }}</h1>
      <p class="intro">{{ user.name }}</p>
      <p v-if="cards.some(c => c.value === null && !c.error)" class="loading" role="status">{{ t('list.loading') }}</p>
      <ul class="cards">
        <li v-for="c in cards" :class="{ waiting: c.value > 0 }" :data-card="c.key">
          <a :href="c.link"><span class="count">{{ c.value === null ? '…' : c.value }}</span> <span>{{ t(c.key) }}</span></a>
          <p v-if="c.error" class="field-error">{{ c.error }}</p>
        </li>
      </ul>
    </section>`,
};

/** Last 24 hours by default, as the API; the form takes Vietnam's wall-clock time. */
export const Exchanges = {
  components: { PagedTable, ProblemBox },
  setup() {
    const form = reactive({ from: '', to: '', xroadId: '', client: '', service: '', status: '' });
    const query = ref({});
    const apply = () => {
      query.value = { from: vietnamInstant(form.from), to: vietnamInstant(form.to), xroadId: form.xroadId,
        client: form.client, service: form.service, status: form.status };
    };
    const columns = [
      { label: t('col.at'), value: r => dateTime(r.exchange.receivedAt) },
      { label: t('f.xroadId'), value: r => r.exchange.xroadId },
      { label: t('col.client'), value: r => r.exchange.client },
      { label: t('col.service'), value: r => r.exchange.service + (r.exchange.operation ? ' · ' + r.exchange.operation : '') },
      { label: t('col.status'), value: r => r.exchange.status + (r.exchange.errorCode ? ' ' + r.exchange.errorCode : '') },
      { label: t('col.bytes'), value: r => number(r.exchange.requestBytes) + ' / ' + number(r.exchange.responseBytes) },
    ];
    const verification = ref(null);
    const error = ref(null);
    const busy = ref(false);
    async function verify() {
      busy.value = true; error.value = null; verification.value = null;
      try {
        verification.value = await api.get('/admin/v1/exchanges/verify', { from: query.value.from, to: query.value.to });
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    return { form, query, apply, columns, verification, error, busy, verify, can, OVERSIGHT, t };
  },
  template: `
    <section>
      <h1>{{ t('nav.exchanges') }}</h1>
      <form class="filters" role="search" @submit.prevent="apply">
        <div class="field"><label for="ex-from">{{ t('f.from') }} ({{ t('form.vietnamTime') }})</label><input id="ex-from" type="datetime-local" v-model="form.from"></div>
        <div class="field"><label for="ex-to">{{ t('f.to') }}</label><input id="ex-to" type="datetime-local" v-model="form.to"></div>
        <div class="field"><label for="ex-id">{{ t('f.xroadId') }}</label><input id="ex-id" v-model="form.xroadId"></div>
        <div class="field"><label for="ex-client">{{ t('col.client') }}</label><input id="ex-client" v-model="form.client"></div>
        <div class="field"><label for="ex-service">{{ t('col.service') }}</label><input id="ex-service" v-model="form.service"></div>
        <button type="submit" class="primary">{{ t('list.filter') }}</button>
        <button v-if="can(OVERSIGHT)" type="button" id="verify-chain" :disabled="busy" @click="verify">{{ busy ? t('form.working') : t('exchanges.verify') }}</button>
      </form>
      <ProblemBox :error="error"/>
      <p v-if="verification" :class="verification.intact ? 'notice' : 'problem'" role="status" id="verification">
        <template v-if="verification.intact">{{ t('exchanges.intact', verification.records, (verification.nodes || []).join(', ')) }}</template>
        <template v-else>{{ t('exchanges.broken', (verification.findings || []).map(f => f.detail || f.kind || JSON.stringify(f)).join('; ')) }}</template>
      </p>
      <PagedTable path="/admin/v1/exchanges" :query="query" :columns="columns" :caption="t('nav.exchanges')"/>
    </section>`,
};

export const Audit = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.audit'),
      path: '/admin/v1/audit',
      filters: [{ name: 'entityType', label: t('f.entityType') }, { name: 'entityKey', label: t('f.entityKey') },
        { name: 'agency', label: t('f.agencyCode') }],
      columns: [
        { label: t('col.at'), value: a => dateTime(a.occurredAt) },
        { label: t('col.actor'), value: a => [a.actorName, a.actorRole, a.actorAgency].filter(Boolean).join(' · ') },
        { label: t('col.action'), value: a => a.action },
        { label: t('col.entity'), value: a => a.entityType + ' ' + a.entityKey },
        { label: t('col.detail'), value: a => (a.newValue ? JSON.stringify(a.newValue) : '').slice(0, 160) },
      ],
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** A maintenance window's fields, as the API takes them for a service, a system or the platform. */
export function maintenanceFields() {
  return [
    { name: 'startsAt', label: t('f.startsAt'), type: 'datetime', required: true },
    { name: 'endsAt', label: t('f.endsAt'), type: 'datetime', required: true },
    { name: 'noticeVi', label: t('f.noticeVi'), type: 'textarea', required: true },
    { name: 'noticeEn', label: t('f.noticeEn'), type: 'textarea' },
    { name: 'emergency', label: t('f.emergency'), type: 'checkbox' },
    { name: 'emergencyReason', label: t('f.emergencyReason') },
    { name: 'officeHoursReason', label: t('f.officeHoursReason') },
  ];
}

/** A service's windows as a month calendar, with planning and cancelling for the operator. */
export const Maintenance = {
  components: { ActionForm, ProblemBox },
  setup() {
    const services = ref(null);
    const chosen = ref('');
    const availability = ref(null);
    const error = ref(null);
    const planning = ref(false);
    api.get('/api/v1/services', { size: 100 }).then(a => { services.value = asPage(a, 0, 100).items; }, e => { error.value = e; });
    async function load() {
      error.value = null;
      availability.value = null;
      if (!chosen.value) return;
      try {
        availability.value = await api.get('/api/v1/services/' + chosen.value + '/availability');
      } catch (e) {
        error.value = e;
      }
    }
    const fields = maintenanceFields;
    const plan = body => api.post('/admin/v1/services/' + chosen.value + '/maintenance-windows', body);
    const planned = a => { availability.value = a; planning.value = false; };
    async function cancel(w) {
      try {
        availability.value = await api.del('/admin/v1/services/' + chosen.value + '/maintenance-windows/' + w.id);
      } catch (e) {
        error.value = e;
      }
    }
    // The next six weeks as a calendar: each day lists the windows that touch it (Vietnam dates).
    const days = computed(() => {
      const windows = (availability.value && availability.value.maintenance) || [];
      const key = d => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
      const start = new Date();
      return Array.from({ length: 42 }, (_, i) => {
        const day = new Date(start.getTime() + i * 86400000);
        const k = key(day);
        return { key: k, label: date(k), windows: windows.filter(w => key(new Date(w.startsAt)) <= k && k <= key(new Date(w.endsAt))) };
      });
    });
    return { services, chosen, availability, error, planning, fields, plan, planned, cancel, load, days, can, OPERATOR, t, dateTime, language };
  },
  template: `
    <section>
      <h1>{{ t('nav.maintenance') }}</h1>
      <p v-if="!services && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <div class="field"><label for="maint-service">{{ t('maint.pick') }}</label>
        <select id="maint-service" v-model="chosen" @change="load"><option value=""></option>
          <option v-for="s in services" :value="s.id">{{ s.id }} — {{ s.titleVi }}</option></select></div>
      <ProblemBox :error="error"/>
      <template v-if="availability">
        <p v-if="availability.suspendedAt" class="problem">{{ t('maint.suspended', dateTime(availability.suspendedAt), availability.suspensionReason) }}</p>
        <button v-if="can([OPERATOR]) && !planning" type="button" class="primary" @click="planning = true" id="plan-window">{{ t('maint.plan') }}</button>
        <div v-if="planning" class="panel"><ActionForm id="maintenance-form" :fields="fields()" :submit="plan" @done="planned" @cancel="planning = false"/></div>
        <table class="list"><thead><tr><th>{{ t('col.starts') }}</th><th>{{ t('col.ends') }}</th><th>{{ t('col.notice') }}</th><th>{{ t('list.actions') }}</th></tr></thead>
          <tbody><tr v-for="w in availability.maintenance"><td>{{ dateTime(w.startsAt) }}</td><td>{{ dateTime(w.endsAt) }}</td>
            <td>{{ language === 'en' && w.noticeEn ? w.noticeEn : w.noticeVi }}<span v-if="w.emergency"> · {{ t('f.emergency') }}: {{ w.emergencyReason }}</span></td>
            <td><button v-if="can([OPERATOR])" type="button" @click="cancel(w)">{{ t('maint.cancel') }}</button></td></tr></tbody></table>
        <h2>{{ t('maint.calendar') }}</h2>
        <ol class="calendar"><li v-for="d in days" :class="{ busy: d.windows.length }"><span>{{ d.label }}</span>
          <span v-for="w in d.windows" class="chip">{{ dateTime(w.startsAt).slice(-5) }}–{{ dateTime(w.endsAt).slice(-5) }}</span></li></ol>
      </template>
    </section>`,
};

/** Readable on a phone: one card per service. */
export const Status = {
  components: { ProblemBox },
  setup() {
    const board = ref(null);
    const error = ref(null);
    api.get('/admin/v1/status').then(b => { board.value = b; }, e => { error.value = e; });
    return { board, error, t, dateTime, number };
  },
  template: `
    <section>
      <h1>{{ t('nav.status') }}</h1>
      <ProblemBox :error="error"/>
      <p v-if="!board && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="board">
        <p class="intro">{{ t('status.board', dateTime(board.at)) }} · <span v-for="(n, s) in board.states" class="chip">{{ s }}: {{ n }}</span></p>
        <ul class="status-cards">
          <li v-for="s in board.services" :class="'state-' + String(s.state).toLowerCase()">
            <strong>{{ s.title }}</strong> <small>{{ s.service }}/{{ s.version }}</small>
            <p>{{ s.state }}<span v-if="s.suspended"> · suspended</span> · {{ number(s.exchanges) }} · p95 {{ s.p95Ms ?? '–' }} ms · {{ s.failurePercent ?? 0 }}%</p>
          </li>
        </ul>
      </template>
    </section>`,
};

export const Alerts = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.alerts'),
      path: '/admin/v1/alerts',
      filters: [{ name: 'state', label: t('col.state'), options: ['open', 'firing', 'acknowledged', 'resolved'] }],
      columns: [
        { label: t('col.at'), value: a => dateTime(a.firedAt) },
        { label: t('col.severity'), value: a => a.severity },
        { label: t('col.subject'), value: a => a.rule + ' · ' + a.subject },
        { label: t('col.detail'), value: a => a.detail },
        { label: t('col.state'), value: a => a.state + (a.acknowledgedBy ? ' · ' + a.acknowledgedBy : '') },
      ],
      actions: [{ id: 'acknowledge', label: t('alerts.ack'), roles: [OPERATOR], when: a => a.state === 'FIRING',
        run: a => api.post('/admin/v1/alerts/' + a.id + '/acknowledge', '') }],
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const CATEGORIES = ['AVAILABILITY', 'PERFORMANCE', 'SECURITY', 'DATA', 'CONNECTIVITY', 'OTHER'];

export const Incidents = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.incidents'),
      path: '/admin/v1/incidents',
      filters: [{ name: 'state', label: t('col.state'), options: ['DETECTED', 'ISOLATED', 'DIAGNOSED', 'ESCALATED', 'RESOLVED', 'CLOSED'] }],
      columns: [
        { label: t('col.id'), value: i => i.id, link: i => '#/incidents/' + i.id },
        { label: t('col.title2'), value: i => i.title },
        { label: t('col.severity'), value: i => i.severity + ' · ' + i.category },
        { label: t('col.at'), value: i => dateTime(i.detectedAt) },
        { label: t('col.state'), value: i => i.state },
      ],
      create: {
        label: t('incidents.open'), roles: [OPERATOR],
        fields: () => [
          { name: 'title', label: t('col.title2'), required: true },
          { name: 'description', label: t('col.detail'), type: 'textarea' },
          { name: 'noticeVi', label: t('f.noticeVi'), type: 'textarea', required: true },
          { name: 'noticeEn', label: t('f.noticeEn'), type: 'textarea' },
          { name: 'severity', label: t('col.severity'), type: 'select', value: 'MEDIUM', options: SEVERITIES },
          { name: 'category', label: t('incidents.category'), type: 'select', value: 'AVAILABILITY', options: CATEGORIES },
          { name: 'dataAffected', label: t('incidents.dataAffected'), type: 'checkbox' },
          { name: 'services', label: t('nav.services'), type: 'list' },
          { name: 'systems', label: t('nav.systems'), type: 'list' },
          { name: 'agencies', label: t('nav.agencies'), type: 'list' },
        ],
        run: body => api.post('/admin/v1/incidents', body),
        opens: incident => '#/incidents/' + incident.id,
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/**
 * One incident: what it affects and isolates, its expected fix time and report, its log; the operator's steps,
 * isolations, ETA and report, the authority's notes, and the PDF report and IODEF document for its readers.
 */
export const IncidentDetail = {
  components: { ActionForm, ProblemBox },
  props: { params: Object },
  setup(props) {
    const path = '/admin/v1/incidents/' + props.params.id;
    const incident = ref(null);
    const log = ref([]);
    const error = ref(null);
    const actionError = ref(null);
    async function load() {
      try {
        incident.value = await api.get(path);
        log.value = await api.all(path + '/log');
      } catch (e) {
        error.value = e;
      }
    }
    load();
    async function act(promise) {
      actionError.value = null;
      try {
        await promise;
        await load();
      } catch (e) {
        actionError.value = e;
      }
    }
    const lift = isolation => act(api.post(path + '/isolations/' + isolation.id + '/lift', ''));
    const save = (suffix, accept, fallback) => act(api.download(path + '/' + suffix, {}, accept, fallback));
    // The operator's forms, each shown while the incident is open and the API would take it; folded but the first (the
    // next step), so the incident's facts and log stay in view.
    const forms = computed(() => {
      const i = incident.value;
      if (!i || !can([OPERATOR]) || i.state === 'CLOSED') return [];
      const report = i.report || {};
      return [
        i.nextStates.length && { id: 'step-form', title: t('incidents.step'), submit: body => api.post(path + '/steps', body), fields: [
          { name: 'to', label: t('incidents.to'), type: 'select', options: i.nextStates, value: i.nextStates[0] },
          { name: 'note', label: t('f.note'), type: 'textarea' },
          { name: 'backupRef', label: t('incidents.backupRef'), value: i.backupRef || '' }] },
        { id: 'isolate-form', title: t('incidents.isolate'), intro: t('incidents.isolateHint'),
          submit: body => api.post(path + '/isolations', body), fields: [
            { name: 'service', label: t('f.service'), type: 'select', value: '', options: ['', ...i.services] },
            { name: 'system', label: t('col.system'), type: 'select', value: '', options: ['', ...i.systems] }] },
        { id: 'eta-form', title: t('incidents.eta'), intro: t('incidents.etaHint'), submit: body => api.put(path + '/eta', body), fields: [
          { name: 'expectedFixAt', label: t('incidents.expectedFixAt'), type: 'datetime', required: true },
          { name: 'note', label: t('f.note'), type: 'textarea' }] },
        { id: 'report-form', title: t('incidents.report'), intro: i.reportRequired ? t('incidents.reportRequired') : '',
          submit: body => api.put(path + '/report', body), fields: [
            { name: 'cause', label: t('incidents.cause'), type: 'textarea', required: true, value: report.cause || '' },
            { name: 'impact', label: t('incidents.affected'), type: 'textarea', required: true, value: report.impact || '' },
            { name: 'actions', label: t('incidents.actions'), type: 'textarea', required: true, value: report.actions || '' }] },
      ].filter(Boolean);
    });
    const note = body => api.post(path + '/notes', body);
    return { incident, log, error, actionError, load, lift, save, forms, note, can, OPERATOR, AUTHORITY, t, dateTime };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!incident && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="incident">
        <h1>#{{ incident.id }} {{ incident.title }} <small>{{ incident.state }}</small></h1>
        <p>{{ incident.description }}</p>
        <div class="toolbar">
          <button type="button" id="incident-pdf" @click="save('pdf', 'application/pdf')">{{ t('incidents.pdf') }}</button>
          <button type="button" id="incident-iodef" @click="save('iodef', 'application/xml', 'su-co-' + incident.id + '-iodef.xml')">{{ t('incidents.iodef') }}</button>
        </div>
        <ProblemBox :error="actionError"/>
        <dl class="facts"><dt>{{ t('col.severity') }}</dt><dd>{{ incident.severity }} · {{ incident.category }}<span v-if="incident.dataAffected"> · {{ t('incidents.dataAffected') }}</span></dd>
          <dt>{{ t('incidents.affected') }}</dt><dd>{{ [...incident.services, ...incident.systems, ...incident.agencies].join(', ') }}</dd>
          <dt>{{ t('f.noticeVi') }}</dt><dd>{{ incident.noticeVi }}</dd>
          <dt>{{ t('incidents.expectedFixAt') }}</dt><dd id="incident-eta">{{ dateTime(incident.expectedFixAt) || '–' }}</dd>
          <dt>{{ t('incidents.backupRef') }}</dt><dd>{{ incident.backupRef || '–' }}</dd>
          <template v-if="incident.report"><dt>{{ t('incidents.report') }}</dt>
            <dd id="incident-report">{{ incident.report.cause }} · {{ incident.report.impact }} · {{ incident.report.actions }}
              <small>({{ incident.report.reportedBy }}, {{ dateTime(incident.report.reportedAt) }})</small></dd></template>
          <template v-else-if="incident.reportRequired"><dt>{{ t('incidents.report') }}</dt><dd class="overdue">{{ t('incidents.reportRequired') }}</dd></template></dl>
        <h2>{{ t('incidents.isolations') }}</h2>
        <p v-if="!incident.isolations.length" class="empty">{{ t('list.empty') }}</p>
        <table v-else class="list" id="isolations"><caption>{{ t('incidents.isolations') }}</caption>
          <thead><tr><th scope="col">{{ t('col.subject') }}</th><th scope="col">{{ t('incidents.isolated') }}</th><th scope="col">{{ t('incidents.lifted') }}</th><th scope="col">{{ t('list.actions') }}</th></tr></thead>
          <tbody><tr v-for="x in incident.isolations" :data-target="x.target"><td>{{ x.target }}</td><td>{{ dateTime(x.isolatedAt) }} · {{ x.isolatedBy }}</td>
            <td>{{ x.liftedAt ? dateTime(x.liftedAt) + ' · ' + x.liftedBy : '' }}</td>
            <td class="actions"><button v-if="can([OPERATOR]) && !x.liftedAt" type="button" class="action-lift" @click="lift(x)">{{ t('incidents.lift') }}</button></td></tr></tbody></table>
        <details v-for="(f, n) in forms" :key="f.id + incident.version" class="panel" :open="n === 0">
          <summary><h2>{{ f.title }}</h2></summary><p v-if="f.intro" class="intro">{{ f.intro }}</p>
          <ActionForm :id="f.id" :fields="f.fields" :submit="f.submit" @done="load" @cancel="load"/></details>
        <div v-if="can([OPERATOR, AUTHORITY]) && incident.state !== 'CLOSED'" class="panel"><h2>{{ t('incidents.note') }}</h2>
          <ActionForm id="note-form" :fields="[{ name: 'note', label: t('f.note'), type: 'textarea', required: true }]" :submit="note" @done="load"/></div>
        <h2>{{ t('incidents.log') }}</h2>
        <ol class="log"><li v-for="e in log">{{ dateTime(e.at) }} · {{ e.actor }} ({{ e.role }}) · {{ e.kind }}<span v-if="e.to"> {{ e.from }} → {{ e.to }}</span><span v-if="e.text">: {{ e.text }}</span></li></ol>
      </template>
    </section>`,
};

export const Notifications = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.notifications'),
      path: '/admin/v1/notifications',
      filters: [{ name: 'status', label: t('col.status'), options: ['PENDING', 'SENT', 'UNDELIVERABLE'] }],
      columns: [
        { label: t('col.at'), value: n => dateTime(n.createdAt) },
        { label: t('col.kind'), value: n => n.kind + ' · ' + n.about },
        { label: t('col.recipient'), value: n => n.agencyCode + ' · ' + n.recipient },
        { label: t('col.subject'), value: n => n.subject },
        { label: t('col.status'), value: n => n.status + (n.lastError ? ': ' + n.lastError : '') },
      ],
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};
