// National peers (nền tảng ngang hàng; Quy chế Đ.2.3, Đ.6.2): where the national platform's security server
// answers and how the LGSP proves itself there (a token, a client certificate, or both), its catalog, the city
// systems' rights to its services, and its members' rights to the city's services. Secrets and key store passwords
// are never shown nor sent: a peer names only the configuration properties that hold them on the server.
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

/** A secret's configuration property as shown: its name and whether the server has it (never its value). */
const held = (property, configured) => (property
  ? property + ' · ' + t(configured ? 'peers.secretSet' : 'peers.secretMissing') : t('peers.notUsed'));
/** Named but not set on the server: the peer cannot be reached that way. */
const unset = (property, configured) => (property && !configured ? 'overdue' : null);

/**
 * A peer's settings as the API takes them, filled from the peer when it is edited. The token's three settings and
 * the key store's two are each optional here: the server requires a whole token, a key store, or both, and names
 * the fields that are missing.
 */
function peerFields(peer = {}) {
  const optional = (name, type) => ({ name, label: t('peers.' + name), type, value: peer[name] || '' });
  return [
    { name: 'baseUrl', label: t('peers.baseUrl'), type: 'url', required: true, value: peer.baseUrl || '' },
    { name: 'memberClass', label: t('peers.memberClass'), required: true, value: peer.memberClass || 'GOV' },
    { name: 'memberCode', label: t('peers.memberCode'), required: true, value: peer.memberCode || '' },
    { name: 'subsystemCode', label: t('peers.subsystemCode'), required: true, value: peer.subsystemCode || '' },
    optional('tokenUrl', 'url'), optional('clientId'), optional('secretProperty'),
    optional('keystorePath'), optional('keystorePasswordProperty'),
    optional('truststorePath'), optional('truststorePasswordProperty'),
    { name: 'timeoutMs', label: t('peers.timeoutMs'), type: 'number', required: true, value: peer.timeoutMs ?? 5000 },
    { name: 'enabled', label: t('peers.enabled'), type: 'checkbox', value: peer.enabled ?? true },
  ];
}

/** Until when a right holds, and who granted it: the same for rights out to a peer and in from its members. */
const grantColumns = () => [
  { label: t('rights.validUntil'), value: r => (r.validUntil ? dateTime(r.validUntil) : t('rights.openEnded')) },
  { label: t('rights.grantedBy'), value: r => r.grantedBy + ' · ' + dateTime(r.grantedAt) },
];

/** Revoking a right (confirmed, no fields): effective for the next call. */
const revoke = path => ({ id: 'revoke', label: t('rights.revoke'), roles: KEEPERS, fields: () => [],
  run: r => api.del(path + '/' + r.id) });

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
        { label: t('peers.secret'), value: p => held(p.secretProperty, p.secretConfigured),
          cls: p => unset(p.secretProperty, p.secretConfigured) },
        { label: t('peers.keystore'), value: p => (p.keystorePath ? held(p.keystorePasswordProperty, p.keystorePasswordConfigured) : t('peers.notUsed')),
          cls: p => unset(p.keystorePasswordProperty, p.keystorePasswordConfigured) },
        { label: t('peers.enabled'), value: p => yesNo(p.enabled) },
        { label: t('peers.catalogAt'), value: p => dateTime(p.catalogFetchedAt) },
      ],
      actions: [
        { id: 'refresh', label: t('peers.refresh'), roles: KEEPERS, run: p => api.post(peerPath(p.instance) + '/catalog', '') },
        { id: 'delete', label: t('peers.delete'), roles: KEEPERS, fields: () => [], run: p => api.del(peerPath(p.instance)) },
      ],
      create: {
        label: t('peers.add'), roles: KEEPERS, intro: t('peers.authHint'),
        fields: () => [{ name: 'instance', label: t('peers.instance'), required: true }, ...peerFields()],
        run: ({ instance, ...settings }) => api.put(peerPath(instance || ''), settings),
      },
      after: p => { if (p && p.instance) navigate('#/peers/' + encodeURIComponent(p.instance)); },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/**
 * One peer: its settings (edited by the authority and the operator), its catalog, the city systems' rights to its
 * services, and its members' rights to the city's services (inbound). The auditor reads them all.
 */
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
      title: t('peers.rights'), heading: 'h2', intro: t('peers.rightsIntro'),
      path: peerPath(instance) + '/rights',
      whole: true,
      rowTitle: r => r.system + ' → ' + r.service,
      columns: [
        { label: t('col.service'), value: r => r.service },
        { label: t('col.consumer'), value: r => r.system },
        ...grantColumns(),
      ],
      actions: [revoke(peerPath(instance) + '/rights')],
    });
    const inbound = markRaw({
      title: t('peers.inboundRights'), heading: 'h2', intro: t('peers.inboundIntro'),
      path: peerPath(instance) + '/inbound-rights',
      whole: true,
      rowTitle: r => r.member + ' → ' + r.service,
      columns: [
        { label: t('peers.member'), value: r => r.member },
        { label: t('col.service'), value: r => r.service },
        ...grantColumns(),
      ],
      actions: [revoke(peerPath(instance) + '/inbound-rights')],
      create: {
        label: t('peers.grantInbound'), roles: KEEPERS,
        fields: () => [
          { name: 'member', label: t('peers.memberField'), required: true },
          { name: 'service', label: t('peers.cityService'), required: true },
          { name: 'validUntil', label: t('rights.validUntil'), type: 'datetime' },
        ],
        run: body => api.post(peerPath(instance) + '/inbound-rights', body),
      },
    });
    const mayKeep = can(KEEPERS);
    return { instance, peer, error, editing, busy, save, saved, refresh, catalog, rights, inbound, rightsShown, catalogShown,
      mayKeep, peerFields, held, unset, t, dateTime, yesNo };
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
          <dt>{{ t('peers.tokenUrl') }}</dt><dd>{{ peer.tokenUrl || t('peers.notUsed') }}</dd>
          <dt>{{ t('peers.clientId') }}</dt><dd>{{ peer.clientId || t('peers.notUsed') }}</dd>
          <dt>{{ t('peers.secret') }}</dt><dd id="peer-secret" :class="unset(peer.secretProperty, peer.secretConfigured)">{{ held(peer.secretProperty, peer.secretConfigured) }}</dd>
          <dt>{{ t('peers.keystorePath') }}</dt><dd id="peer-keystore">{{ peer.keystorePath || t('peers.notUsed') }}</dd>
          <dt>{{ t('peers.keystorePassword') }}</dt><dd id="peer-keystore-password" :class="unset(peer.keystorePasswordProperty, peer.keystorePasswordConfigured)">{{ held(peer.keystorePasswordProperty, peer.keystorePasswordConfigured) }}</dd>
          <dt>{{ t('peers.truststorePath') }}</dt><dd id="peer-truststore">{{ peer.truststorePath ? [peer.truststorePath, peer.truststorePasswordProperty].filter(Boolean).join(' · ') : t('peers.notUsed') }}</dd>
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
          <p class="intro">{{ t('peers.authHint') }}</p>
          <ActionForm id="peer-form" :fields="peerFields(peer)" :submit="save" @done="saved" @cancel="editing = false"/></div>
        <div id="peer-services"><ListScreen :config="catalog" :key="'c' + catalogShown"/></div>
        <div id="peer-rights"><ListScreen :config="rights" :key="'r' + rightsShown"/></div>
        <div id="peer-inbound-rights"><ListScreen :config="inbound"/></div>
      </template>
    </section>`,
};
