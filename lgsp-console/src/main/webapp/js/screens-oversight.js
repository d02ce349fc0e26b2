// The authority's view of the platform: reports (generated, read, downloaded), the oversight view of what needs
// attention, and the yearly feedback rounds the agencies answer.
import { computed, ref } from './vue.js';
import { api } from './api.js';
import { date, dateTime, number, t } from './i18n.js';
import { ActionForm, PagedTable, ProblemBox } from './components.js';
import { ListScreen } from './list-screen.js';
import { AGENCY_ADMIN, AUDITOR, AUTHORITY, OPERATOR, OVERSIGHT, can } from './session.js';

const period = r => date(r.from) + ' – ' + date(r.to);
const fixed = n => (n === null || n === undefined ? '–' : number(Math.round(n * 10) / 10));
const download = (id, format) => api.download('/admin/v1/reports/' + id + '/download', { format });

export const Reports = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.reports'),
      intro: t('reports.intro'),
      path: '/admin/v1/reports',
      filters: [{ name: 'kind', label: t('col.kind'), options: ['MONTHLY', 'ANNUAL', 'PERIOD'].map(v => ({ value: v, label: t('reports.' + v) })) }],
      rowTitle: r => t('reports.' + r.kind) + ' ' + period(r),
      columns: [
        { label: t('col.id'), value: r => r.id, link: r => '#/reports/' + r.id },
        { label: t('col.kind'), value: r => t('reports.' + r.kind) },
        { label: t('reports.period'), value: period },
        { label: t('reports.by'), value: r => (r.scheduled ? t('reports.scheduled') : r.generatedBy) },
        { label: t('col.at'), value: r => dateTime(r.generatedAt) },
      ],
      actions: ['pdf', 'csv'].map(format => ({ id: 'download-' + format, label: t('reports.download', format.toUpperCase()),
        roles: OVERSIGHT, run: r => download(r.id, format) })),
      create: {
        label: t('reports.generate'), roles: [OPERATOR, AUTHORITY],
        fields: () => [
          { name: 'kind', label: t('col.kind'), type: 'select', value: 'MONTHLY',
            options: ['MONTHLY', 'ANNUAL', 'PERIOD'].map(v => ({ value: v, label: t('reports.' + v) })) },
          { name: 'month', label: t('reports.month'), type: 'month' },
          { name: 'year', label: t('reports.year'), type: 'number' },
          { name: 'from', label: t('f.from'), type: 'date' },
          { name: 'to', label: t('f.to'), type: 'date' },
        ],
        run: body => api.post('/admin/v1/reports', body),
        opens: report => '#/reports/' + report.id,
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** A table of figures: `rows` of objects, `columns` as [label, value(row)]. */
const Figures = {
  props: { title: String, rows: Array, columns: Array, id: String },
  setup: () => ({ t }),
  template: `
    <h2>{{ title }}</h2>
    <p v-if="!rows || !rows.length" class="empty">{{ t('list.empty') }}</p>
    <table v-else class="list" :id="id"><caption>{{ title }}</caption>
      <thead><tr><th v-for="c in columns" scope="col">{{ c[0] }}</th></tr></thead>
      <tbody><tr v-for="r in rows"><td v-for="c in columns">{{ c[1](r) }}</td></tr></tbody></table>`,
};

export const ReportDetail = {
  components: { Figures, ProblemBox },
  props: { params: Object },
  setup(props) {
    const report = ref(null);
    const error = ref(null);
    api.get('/admin/v1/reports/' + props.params.id).then(r => { report.value = r; }, e => { error.value = e; });
    async function save(format) {
      error.value = null;
      try {
        await download(props.params.id, format);
      } catch (e) {
        error.value = e;
      }
    }
    const f = computed(() => (report.value && report.value.figures) || {});
    const registry = computed(() => Object.entries(f.value.registry || {}).filter(([k]) => k !== 'changes'));
    const columns = {
      agencies: [[t('col.agency'), a => a.agencyCode + (a.name ? ' · ' + a.name : '')], [t('reports.exchanges'), a => number(a.exchanges)],
        [t('reports.failures'), a => number(a.failures)]],
      services: [[t('col.service'), s => s.service], [t('reports.exchanges'), s => number(s.exchanges)],
        [t('reports.success'), s => fixed(s.successPercent)], ['p50 / p95 / p99 ms', s => [s.p50Ms, s.p95Ms, s.p99Ms].map(fixed).join(' / ')],
        [t('reports.probe'), s => fixed(s.probeAvailabilityPercent)]],
      incidents: [[t('col.severity'), i => i.severity], [t('reports.count'), i => number(i.count)],
        [t('reports.isolated'), i => number(i.isolated)], [t('reports.resolved'), i => number(i.resolved)],
        [t('reports.toIsolate'), i => fixed(i.medianMinutesToIsolate) + ' / ' + fixed(i.maxMinutesToIsolate)],
        [t('reports.toResolve'), i => fixed(i.medianMinutesToResolve) + ' / ' + fixed(i.maxMinutesToResolve)]],
      maintenance: [[t('col.service'), m => m.service], [t('col.starts'), m => dateTime(m.startsAt)], [t('col.ends'), m => dateTime(m.endsAt)],
        [t('reports.noticeDays'), m => fixed(m.noticeDays)],
        [t('col.detail'), m => [m.emergency && t('f.emergency'), m.officeHours && t('reports.officeHours'), m.cancelled && t('reports.cancelled')].filter(Boolean).join(', ')]],
      requests: [[t('col.kind'), r => t('reports.request.' + r.kind)], [t('reports.filed'), r => number(r.filed)],
        [t('reports.decided'), r => number(r.decided)], [t('col.overdue'), r => (r.overdue === null || r.overdue === undefined ? '–' : number(r.overdue))],
        [t('reports.workingDays'), r => fixed(r.medianWorkingDays)]],
      codeLists: [[t('col.code'), c => c.list + ' · ' + c.name], [t('col.version'), c => c.version],
        [t('col.effective'), c => date(c.effectiveFrom)], [t('col.items'), c => number(c.items)]],
    };
    return { report, error, save, f, registry, columns, t, period, number, dateTime, fixed };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!report && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="report">
        <h1>{{ t('reports.' + report.kind) }} {{ period(report) }} <small>#{{ report.id }}</small></h1>
        <p class="intro">{{ report.scheduled ? t('reports.scheduled') : report.generatedBy }} · {{ dateTime(report.generatedAt) }}</p>
        <div class="toolbar">
          <button type="button" class="primary" id="download-pdf" @click="save('pdf')">{{ t('reports.download', 'PDF') }}</button>
          <button type="button" id="download-csv" @click="save('csv')">{{ t('reports.download', 'CSV') }}</button>
        </div>
        <h2>{{ t('reports.registry') }}</h2>
        <dl class="facts" id="report-registry"><template v-for="[k, v] in registry"><dt>{{ t('reports.r.' + k) }}</dt><dd>{{ number(v) }}</dd></template></dl>
        <template v-if="f.exchanges">
          <h2>{{ t('reports.exchanges') }}</h2>
          <dl class="facts" id="report-exchanges"><dt>{{ t('reports.total') }}</dt><dd>{{ number(f.exchanges.total) }}</dd>
            <dt>{{ t('reports.failures') }}</dt><dd>{{ number(f.exchanges.failures) }}</dd></dl>
          <Figures :title="t('reports.byProvider')" :rows="f.exchanges.byProvider" :columns="columns.agencies"/>
          <Figures :title="t('reports.byConsumer')" :rows="f.exchanges.byConsumer" :columns="columns.agencies"/>
        </template>
        <Figures :title="t('nav.services')" :rows="f.services" :columns="columns.services" id="report-services"/>
        <Figures :title="t('nav.incidents')" :rows="f.incidents" :columns="columns.incidents"/>
        <Figures :title="t('nav.maintenance')" :rows="f.maintenance" :columns="columns.maintenance"/>
        <Figures :title="t('reports.requests')" :rows="f.requests" :columns="columns.requests"/>
        <Figures :title="t('nav.codeLists')" :rows="f.codeLists" :columns="columns.codeLists"/>
        <template v-if="f.feedback"><h2>{{ t('nav.feedback') }}: {{ f.feedback.title }}</h2>
          <p>{{ t('feedback.answered', f.feedback.agenciesAnswered) }}</p></template>
      </template>
    </section>`,
};

/** Where an overdue request is decided. */
const INBOX = { ACCESS: '#/access-requests', CONNECTION: '#/connection-requests', ORG_CHANGE: '#/org-changes' };

export const Oversight = {
  components: { ProblemBox },
  setup() {
    const view = ref(null);
    const error = ref(null);
    api.get('/admin/v1/oversight').then(v => { view.value = v; }, e => { error.value = e; });
    const agencyOf = system => String(system).split('/')[0];
    const sections = computed(() => {
      const v = view.value;
      if (!v) return [];
      const level = s => (s.securityLevel ? s.securityLevel + ' · ' : '') + t('status.' + s.securityStatus)
        + (s.securityValidUntil ? ' · ' + t('oversight.until', date(s.securityValidUntil)) : '');
      return [
        { key: 'overdueRequests', rows: v.overdueRequests.map(r => ({ link: INBOX[r.kind], text: t('reports.request.' + r.kind) + ' #' + r.id,
          cells: [r.subject, r.agencyCode, t('status.' + r.status), dateTime(r.filedAt), date(r.dueDate)] })),
          head: ['col.subject', 'col.agency', 'col.status', 'col.submitted', 'col.due'] },
        { key: 'systemsWithoutApprovedLevel', rows: v.systemsWithoutApprovedLevel.map(s => ({ link: '#/systems?agency=' + agencyOf(s.system),
          text: s.system, cells: [s.name, level(s)] })), head: ['col.name', 'col.security'] },
        { key: 'securityLevelsLapsing', rows: v.securityLevelsLapsing.map(s => ({ link: '#/systems?agency=' + agencyOf(s.system),
          text: s.system, cells: [s.name, level(s)] })), head: ['col.name', 'col.security'] },
        { key: 'servicesWithoutContract', rows: v.servicesWithoutContract.map(s => ({ link: '#/services/' + s.service,
          text: s.service, cells: [s.title, t('status.' + s.status)] })), head: ['col.title', 'col.status'] },
        { key: 'agenciesWithoutContact', rows: v.agenciesWithoutContact.map(a => ({ link: '#/agencies/' + a.code,
          text: a.code, cells: [a.name] })), head: ['col.name'] },
        { key: 'codeListsOutdated', rows: v.codeListsOutdated.map(c => ({ link: '#/code-lists/' + c.list, text: c.list,
          cells: [c.name, [c.legalBasisNumber, date(c.legalBasisDate)].filter(Boolean).join(' · '),
            c.currentVersion ? c.currentVersion + ' · ' + date(c.currentEffectiveFrom) : '–'] })),
          head: ['col.name', 'col.decision', 'col.version'] },
      ];
    });
    // The section's heading takes the focus (and scrolls into view) without changing the screen's address.
    const jump = key => document.getElementById('oversight-' + key).focus();
    return { view, error, sections, jump, t, dateTime };
  },
  template: `
    <section>
      <h1>{{ t('nav.oversight') }}</h1>
      <ProblemBox :error="error"/>
      <p v-if="!view && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="view">
        <p class="intro">{{ t('oversight.intro', dateTime(view.at), view.lapseDays) }}</p>
        <ul class="cards">
          <li v-for="s in sections" :class="{ waiting: s.rows.length }"><a :href="'#oversight-' + s.key" @click.prevent="jump(s.key)">
            <span class="count">{{ s.rows.length }}</span> <span>{{ t('oversight.' + s.key) }}</span></a></li>
        </ul>
        <template v-for="s in sections">
          <h2 :id="'oversight-' + s.key" tabindex="-1">{{ t('oversight.' + s.key) }}</h2>
          <p v-if="!s.rows.length" class="empty">{{ t('oversight.none') }}</p>
          <table v-else class="list" :data-section="s.key"><caption>{{ t('oversight.' + s.key) }}</caption>
            <thead><tr><th scope="col">{{ t('col.code') }}</th><th v-for="h in s.head" scope="col">{{ t(h) }}</th></tr></thead>
            <tbody><tr v-for="r in s.rows"><td><a :href="r.link">{{ r.text }}</a></td><td v-for="c in r.cells">{{ c }}</td></tr></tbody></table>
        </template>
      </template>
    </section>`,
};

/** The questionnaire as fields: a rating 1–5 or a text per question. */
function answerFields(round) {
  return round.questions.map(q => (q.kind === 'RATING'
    ? { name: q.code, label: q.text, type: 'select', required: true, value: '', options: ['', '1', '2', '3', '4', '5'] }
    : { name: q.code, label: q.text, type: 'textarea' }));
}

export const FeedbackRounds = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.feedback'),
      intro: t('feedback.intro'),
      path: '/admin/v1/feedback-rounds',
      whole: true,
      columns: [
        { label: t('reports.year'), value: r => r.year, link: r => '#/feedback-rounds/' + r.id },
        { label: t('col.title2'), value: r => r.title },
        { label: t('feedback.closesOn'), value: r => date(r.closesOn) },
        { label: t('col.status'), value: r => (r.open ? t('feedback.open') : t('feedback.closed'))
          + (r.answeredByMyAgency === true ? ' · ' + t('feedback.mine') : '') },
        { label: t('feedback.agencies'), value: r => number(r.agenciesAnswered) },
      ],
      create: {
        label: t('feedback.openRound'), roles: [AUTHORITY],
        fields: () => [
          { name: 'year', label: t('reports.year'), type: 'number', required: true, value: String(new Date().getFullYear()) },
          { name: 'title', label: t('col.title2'), required: true },
          { name: 'closesOn', label: t('feedback.closesOn'), type: 'date', required: true },
          { name: 'questions', label: t('feedback.questions'), type: 'textarea', required: true },
        ],
        // One question a line: "code | text | RATING or TEXT".
        run: body => api.post('/admin/v1/feedback-rounds', { ...body, questions: String(body.questions || '').split(/\r?\n/)
          .map(line => line.split('|').map(s => s.trim())).filter(p => p[0])
          .map(([code, text, kind]) => ({ code, text, kind: (kind || 'RATING').toUpperCase() })) }),
        opens: round => '#/feedback-rounds/' + round.id,
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

export const FeedbackRound = {
  components: { ActionForm, ProblemBox },
  props: { params: Object },
  setup(props) {
    const path = '/admin/v1/feedback-rounds/' + props.params.id;
    const round = ref(null);
    const results = ref(null);
    const error = ref(null);
    const answered = ref(false);
    async function load() {
      try {
        round.value = await api.get(path);
        if (can([OPERATOR, AUTHORITY, AUDITOR])) results.value = await api.get(path + '/results');
      } catch (e) {
        error.value = e;
      }
    }
    load();
    const mayAnswer = computed(() => round.value && can([AGENCY_ADMIN]) && round.value.open && !round.value.answeredByMyAgency);
    const answer = body => api.post(path + '/answers', { answers: Object.fromEntries(round.value.questions
      .filter(q => body[q.code] !== undefined).map(q => [q.code, q.kind === 'RATING' ? Number(body[q.code]) : body[q.code]])) });
    const sent = () => { answered.value = true; load(); };
    return { round, results, error, mayAnswer, answer, sent, answered, answerFields, t, date, dateTime, fixed, number };
  },
  template: `
    <section>
      <ProblemBox :error="error"/>
      <p v-if="!round && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="round">
        <h1>{{ round.title }} <small>{{ round.year }}</small></h1>
        <p class="intro">{{ t('feedback.closesOn') }}: {{ date(round.closesOn) }} · {{ round.open ? t('feedback.open') : t('feedback.closed') }}
          · {{ t('feedback.answered', round.agenciesAnswered) }}</p>
        <p v-if="answered" class="notice" role="status" id="feedback-sent">{{ t('feedback.sent') }}</p>
        <p v-else-if="round.answeredByMyAgency" class="notice" id="feedback-done">{{ t('feedback.mine') }}</p>
        <div v-if="mayAnswer" class="panel"><h2>{{ t('feedback.answer') }}</h2><p class="intro">{{ t('feedback.once') }}</p>
          <ActionForm id="feedback-form" :fields="answerFields(round)" :submit="answer" :submit-label="t('feedback.send')" @done="sent"/></div>
        <template v-if="results">
          <h2>{{ t('feedback.results') }}</h2>
          <table class="list" id="feedback-results"><caption>{{ t('feedback.results') }}</caption>
            <thead><tr><th scope="col">{{ t('feedback.question') }}</th><th scope="col">{{ t('feedback.answers') }}</th>
              <th scope="col">{{ t('feedback.mean') }}</th><th scope="col">{{ t('col.detail') }}</th></tr></thead>
            <tbody><tr v-for="q in results.questions"><td>{{ q.text }}</td><td>{{ number(q.answers) }}</td><td>{{ fixed(q.meanRating) }}</td>
              <td><template v-if="q.ratings"><span v-for="(n, k) in q.ratings" class="chip">{{ k }}★ {{ n }}</span></template>
                <template v-if="q.texts"><p v-for="(text, agency) in q.texts"><strong>{{ agency }}</strong>: {{ text }}</p></template></td></tr></tbody></table>
        </template>
        <template v-else><h2>{{ t('feedback.questions') }}</h2>
          <ol><li v-for="q in round.questions">{{ q.text }} <small>({{ q.kind === 'RATING' ? '1–5' : t('feedback.text') }})</small></li></ol></template>
      </template>
    </section>`,
};
