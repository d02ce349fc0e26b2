// The platform as a whole: backups (sao lưu; Quy chế Đ.9.7, Đ.10.5c) with their manifest and checksums, and the
// maintenance windows over a whole provider system or the whole platform (Đ.9.7, Đ.14.2).
import { computed, onUnmounted, ref } from './vue.js';
import { api } from './api.js';
import { dateTime, language, number, t } from './i18n.js';
import { ProblemBox } from './components.js';
import { ListScreen } from './list-screen.js';
import { navigate } from './router.js';
import { OPERATOR, can } from './session.js';
import { maintenanceFields } from './screens-operations.js';

const state = s => t('backup.' + s);

export const Backups = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.backups'),
      intro: t('backup.intro'),
      path: '/admin/v1/backups',
      whole: true,
      columns: [
        { label: t('col.id'), value: b => b.id, link: b => '#/backups/' + b.id },
        { label: t('col.state'), value: b => state(b.state) + (b.error ? ': ' + b.error : ''), cls: b => (b.state === 'FAILED' ? 'overdue' : null) },
        { label: t('col.purpose'), value: b => b.purpose || '' },
        { label: t('col.actor'), value: b => [b.takenBy, b.node].filter(Boolean).join(' · ') },
        { label: t('col.starts'), value: b => dateTime(b.startedAt) },
        { label: t('col.ends'), value: b => dateTime(b.finishedAt) },
        { label: t('backup.size'), value: b => (b.totalBytes == null ? '' : number(b.totalBytes)) },
      ],
      create: {
        label: t('backup.take'), roles: [OPERATOR],
        fields: () => [{ name: 'purpose', label: t('col.purpose'), type: 'textarea' }],
        run: body => api.post('/admin/v1/backups', body),
      },
      // A backup runs in the background: its own screen follows it until it is done.
      after: b => { if (b && b.id) navigate('#/backups/' + b.id); },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** One backup; while it runs, asked again every two seconds, with the time it has taken so far. */
export const BackupDetail = {
  components: { ProblemBox },
  props: { params: Object },
  setup(props) {
    const id = props.params.id;
    const backup = ref(null);
    const error = ref(null);
    const now = ref(Date.now());
    let timer = null;
    let ticker = null;
    async function load() {
      try {
        backup.value = await api.get('/admin/v1/backups/' + encodeURIComponent(id));
        error.value = null;
      } catch (e) {
        error.value = e;
      }
      if (backup.value && backup.value.state === 'RUNNING') {
        timer = setTimeout(load, 2000);
      } else {
        clearInterval(ticker);
      }
    }
    ticker = setInterval(() => { now.value = Date.now(); }, 1000);
    load();
    onUnmounted(() => { clearTimeout(timer); clearInterval(ticker); });
    const elapsed = computed(() => (backup.value ? Math.max(0, Math.round((now.value - new Date(backup.value.startedAt)) / 1000)) : 0));
    const manifest = computed(() => {
      const text = backup.value && backup.value.manifest;
      if (!text) return '';
      try {
        return JSON.stringify(JSON.parse(text), null, 2);
      } catch (e) {
        return text;
      }
    });
    const fileError = ref(null);
    const base = '/admin/v1/backups/' + encodeURIComponent(id) + '/files/';
    async function save(name) {
      fileError.value = null;
      try {
        await api.download(base + name.split('/').map(encodeURIComponent).join('/'), {}, 'application/octet-stream, application/problem+json', name.split('/').pop());
      } catch (e) {
        fileError.value = e;
      }
    }
    // The auditor checks a backup without taking its data away: the sums, the manifest and the chain checkpoints only.
    const operator = can([OPERATOR]);
    const mayDownload = name => operator || name.startsWith('exchange-log/');
    return { id, backup, error, fileError, save, mayDownload, elapsed, manifest, state, t, dateTime, number };
  },
  template: `
    <section>
      <h1>{{ t('backup.one') }} <small>{{ id }}</small></h1>
      <ProblemBox :error="error"/>
      <p v-if="!backup && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="backup">
        <div v-if="backup.state === 'RUNNING'" class="notice" role="status" id="backup-progress">
          <progress :aria-label="t('backup.RUNNING')"></progress>
          <span>{{ t('backup.running', elapsed) }}</span>
        </div>
        <dl class="facts">
          <dt>{{ t('col.state') }}</dt><dd id="backup-state" :class="{ overdue: backup.state === 'FAILED' }">{{ state(backup.state) }}<span v-if="backup.error">: {{ backup.error }}</span></dd>
          <dt>{{ t('col.purpose') }}</dt><dd>{{ backup.purpose }}</dd>
          <dt>{{ t('col.actor') }}</dt><dd>{{ backup.takenBy }} · {{ backup.node }}</dd>
          <dt>{{ t('col.starts') }}</dt><dd>{{ dateTime(backup.startedAt) }}</dd>
          <dt>{{ t('col.ends') }}</dt><dd>{{ dateTime(backup.finishedAt) }}</dd>
          <dt>{{ t('backup.size') }}</dt><dd>{{ number(backup.totalBytes) }} <span v-if="backup.databaseBytes != null">({{ t('backup.database', number(backup.databaseBytes)) }})</span></dd>
          <dt>{{ t('backup.manifestSha') }}</dt><dd><code>{{ backup.manifestSha256 }}</code></dd>
        </dl>
        <p v-if="backup.state === 'DONE' && !backup.available" class="intro">{{ t('backup.elsewhere') }}</p>
        <template v-if="backup.files && backup.files.length">
          <h2>{{ t('backup.files') }}</h2>
          <table class="list" id="backup-files"><caption>{{ t('backup.files') }}</caption>
            <thead><tr><th scope="col">{{ t('backup.file') }}</th><th scope="col">{{ t('backup.size') }}</th><th scope="col">SHA-256</th><th scope="col">{{ t('list.actions') }}</th></tr></thead>
            <tbody><tr v-for="f in backup.files"><td>{{ f.name }}</td><td>{{ number(f.bytes) }}</td><td><code>{{ f.sha256 }}</code></td>
              <td class="actions"><button v-if="mayDownload(f.name)" type="button" @click="save(f.name)">{{ t('backup.download') }}</button></td></tr></tbody></table>
          <div class="toolbar" v-if="backup.available">
            <button type="button" id="download-sums" @click="save('SHA256SUMS')">{{ t('backup.download') }} SHA256SUMS</button>
            <button type="button" @click="save('manifest.json')">{{ t('backup.download') }} manifest.json</button>
          </div>
          <ProblemBox :error="fileError"/>
        </template>
        <template v-if="manifest">
          <h2>{{ t('backup.manifest') }}</h2>
          <pre class="contract" id="backup-manifest" tabindex="0" :aria-label="t('backup.manifest')">{{ manifest }}</pre>
        </template>
        <p><a href="#/backups">{{ t('nav.backups') }}</a></p>
      </template>
    </section>`,
};

/** Windows over every service of one provider system, or of the whole platform. */
export const PlatformMaintenance = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.platformMaintenance'),
      intro: t('wide.intro'),
      path: '/admin/v1/maintenance-windows',
      whole: true,
      rowTitle: w => w.target,
      columns: [
        { label: t('wide.target'), value: w => (w.system ? t('wide.system', w.system) : t('wide.platform')) },
        { label: t('col.starts'), value: w => dateTime(w.startsAt) },
        { label: t('col.ends'), value: w => dateTime(w.endsAt) },
        { label: t('col.notice'), value: w => (language.value === 'en' && w.noticeEn ? w.noticeEn : w.noticeVi) },
        { label: t('col.detail'), value: w => [w.emergency ? t('f.emergency') + ': ' + w.emergencyReason : '',
          w.duringOfficeHours ? t('f.officeHoursReason') + ': ' + (w.officeHoursReason || '') : '', w.createdBy].filter(Boolean).join(' · ') },
      ],
      actions: [
        { id: 'cancel', label: t('maint.cancel'), roles: [OPERATOR], fields: () => [],
          run: w => api.del('/admin/v1/maintenance-windows/' + w.id) },
      ],
      create: {
        label: t('maint.plan'), roles: [OPERATOR],
        fields: () => [{ name: 'system', label: t('wide.systemField') }, ...maintenanceFields()],
        run: ({ system, ...window }) => api.post('/admin/v1/maintenance-windows', window, { query: { system } }),
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};
