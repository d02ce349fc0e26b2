// National peers (nền tảng ngang hàng; Quy chế Đ.2.3, Đ.6.2): where the national platform's security server
// answers, its catalog, and the city systems' rights to its services. The client secret is never shown nor sent:
// a peer names only the configuration property that holds it on the server.
import { markRaw, ref } from './vue.js';
import { api } from './api.js';
import { dateTime, t } from './i18n.js';
import { ActionForm, ProblemBox } from './components.js';
import { ListScreen } from './list-screen.js';
import { navigate } from './router.js';
import { AUTHORITY, OPERATOR, can } from './session.js';

const KEEPERS = [AUTHORITY, OPERATOR];
const peerPath = instance => '/admin/v1/peers/' + encodeURIComponent(instance);
const yesNo = b => t(b ? 'field.yes' : 'field.no');

/** A peer's settings as the API takes them, filled from the peer when it is edited. */
function peerFields(peer = {}) {
  return [
    { name: 'baseUrl', label: t('peers.baseUrl'), type: 'url', required: true, value: peer.baseUrl || '' },
    { name: 'memberClass', label: t('peers.memberClass'), required: true, value: peer.memberClass || 'GOV' },
    { name: 'memberCode', label: t('peers.memberCode'), required: true, value: peer.memberCode || '' },
    { name: 'subsystemCode', label: t('peers.subsystemCode'), required: true, value: peer.subsystemCode || '' },
    { name: 'tokenUrl', label: t('peers.tokenUrl'), type: 'url', required: true, value: peer.tokenUrl || '' },
    { name: 'clientId', label: t('peers.clientId'), required: true, value: peer.clientId || '' },
    { name: 'secretProperty', label: t('peers.secretProperty'), required: true, value: peer.secretProperty || 'lgsp.peer.' },
    { name: 'timeoutMs', label: t('peers.timeoutMs'), type: 'number', required: true, value: peer.timeoutMs ?? 5000 },
    { name: 'enabled', label: t('peers.enabled'), type: 'checkbox', value: peer.enabled ?? true },
  ];
}

export const Peers = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.peers'),
      intro: t('peers.intro'),
      path: '/admin/v1/peers',
      whole: true,
      rowTitle: p => p.instance,
      columns: [
        { label: t('peers.instance'), value: p => p.instance, link: p => '#/peers/' + encodeURIComponent(p.instance) },
        { label: t('peers.baseUrl'), value: p => p.baseUrl },
        { label: t('peers.ownClient'), value: p => p.ownClient },
        { label: t('peers.secret'), value: p => p.secretProperty + ' · ' + t(p.secretConfigured ? 'peers.secretSet' : 'peers.secretMissing'),
          cls: p => (p.secretConfigured ? null : 'overdue') },
        { label: t('peers.enabled'), value: p => yesNo(p.enabled) },
        { label: t('peers.catalogAt'), value: p => dateTime(p.catalogFetchedAt) },
      ],
      actions: [
        { id: 'refresh', label: t('peers.refresh'), roles: KEEPERS, run: p => api.post(peerPath(p.instance) + '/catalog', '') },
        { id: 'delete', label: t('peers.delete'), roles: KEEPERS, fields: () => [], run: p => api.del(peerPath(p.instance)) },
      ],
      create: {
        label: t('peers.add'), roles: KEEPERS,
        fields: () => [{ name: 'instance', label: t('peers.instance'), required: true }, ...peerFields()],
        run: ({ instance, ...settings }) => api.put(peerPath(instance || ''), settings),
      },
      after: p => { if (p && p.instance) navigate('#/peers/' + encodeURIComponent(p.instance)); },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** One peer: its settings (edited by the authority and the operator), its catalog, and the rights to its services. */
export const PeerDetail = {
  components: { ActionForm, ListScreen, ProblemBox },
  props: { params: Object },
  setup(props) {
    const instance = props.params.instance;
    const peer = ref(null);
    const error = ref(null);
    const editing = ref(false);
    const busy = ref(false);
    const rightsShown = ref(0);
    const catalogShown = ref(0);
    async function load() {
      try {
        peer.value = await api.get(peerPath(instance));
      } catch (e) {
        error.value = e;
      }
    }
    load();
    const save = body => api.put(peerPath(instance), body);
    const saved = p => { peer.value = p; editing.value = false; };
    async function refresh() {
      busy.value = true;
      error.value = null;
      try {
        await api.post(peerPath(instance) + '/catalog', '');
        catalogShown.value++;
        await load();
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    const catalog = markRaw({
      title: t('peers.services'), heading: 'h2',
      path: peerPath(instance) + '/services',
      whole: true,
      rowTitle: s => s.name,
      columns: [
        { label: t('col.service'), value: s => s.name },
        { label: t('col.title'), value: s => s.title || s.serviceCode },
        { label: t('col.protocol'), value: s => s.type },
        { label: t('services.operations'), value: s => (s.endpoints || []).join(', ') },
        { label: t('peers.listed'), value: s => yesNo(s.listed) + ' · ' + dateTime(s.fetchedAt), cls: s => (s.listed ? null : 'overdue') },
      ],
      actions: [
        { id: 'grant', label: t('rights.grant'), roles: KEEPERS, when: s => s.listed,
          fields: () => [
            { name: 'system', label: t('f.consumer'), required: true },
            { name: 'validUntil', label: t('rights.validUntil'), type: 'datetime' },
          ],
          run: (s, body) => api.post(peerPath(instance) + '/rights', { service: s.name, ...body }) },
      ],
      after: () => { rightsShown.value++; },
    });
    const rights = markRaw({
      title: t('peers.rights'), heading: 'h2',
      path: peerPath(instance) + '/rights',
      whole: true,
      rowTitle: r => r.system + ' → ' + r.service,
      columns: [
        { label: t('col.service'), value: r => r.service },
        { label: t('col.consumer'), value: r => r.system },
        { label: t('rights.validUntil'), value: r => (r.validUntil ? dateTime(r.validUntil) : t('rights.openEnded')) },
        { label: t('rights.grantedBy'), value: r => r.grantedBy + ' · ' + dateTime(r.grantedAt) },
      ],
      actions: [
        { id: 'revoke', label: t('rights.revoke'), roles: KEEPERS, fields: () => [],
          run: r => api.del(peerPath(instance) + '/rights/' + r.id) },
      ],
    });
    const mayKeep = can(KEEPERS);
    return { instance, peer, error, editing, busy, save, saved, refresh, catalog, rights, rightsShown, catalogShown, mayKeep,
      peerFields, t, dateTime, yesNo };
  },
  template: `
    <section>
      <h1>{{ t('nav.peers') }} <small>{{ instance }}</small></h1>
      <ProblemBox :error="error"/>
      <p v-if="!peer && !error" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="peer">
        <dl class="facts" id="peer-settings">
          <dt>{{ t('peers.baseUrl') }}</dt><dd>{{ peer.baseUrl }}</dd>
          <dt>{{ t('peers.ownClient') }}</dt><dd>{{ peer.ownClient }}</dd>
          <dt>{{ t('peers.tokenUrl') }}</dt><dd>{{ peer.tokenUrl }}</dd>
          <dt>{{ t('peers.clientId') }}</dt><dd>{{ peer.clientId }}</dd>
          <dt>{{ t('peers.secret') }}</dt><dd id="peer-secret">{{ peer.secretProperty }} · {{ t(peer.secretConfigured ? 'peers.secretSet' : 'peers.secretMissing') }}</dd>
          <dt>{{ t('peers.timeoutMs') }}</dt><dd>{{ peer.timeoutMs }}</dd>
          <dt>{{ t('peers.enabled') }}</dt><dd>{{ yesNo(peer.enabled) }}</dd>
          <dt>{{ t('peers.catalogAt') }}</dt><dd>{{ dateTime(peer.catalogFetchedAt) }}</dd>
          <dt>{{ t('peers.updated') }}</dt><dd>{{ peer.updatedBy }} · {{ dateTime(peer.updatedAt) }}</dd>
        </dl>
        <p class="intro">{{ t('peers.secretHint') }}</p>
        <div v-if="mayKeep && !editing" class="toolbar">
          <button type="button" id="edit-peer" @click="editing = true">{{ t('peers.edit') }}</button>
          <button type="button" id="refresh-catalog" :disabled="busy" @click="refresh">{{ busy ? t('form.working') : t('peers.refresh') }}</button>
        </div>
        <div v-if="editing" class="panel"><h2>{{ t('peers.edit') }}</h2>
          <ActionForm id="peer-form" :fields="peerFields(peer)" :submit="save" @done="saved" @cancel="editing = false"/></div>
        <div id="peer-services"><ListScreen :config="catalog" :key="'c' + catalogShown"/></div>
        <div id="peer-rights"><ListScreen :config="rights" :key="'r' + rightsShown"/></div>
      </template>
    </section>`,
};
