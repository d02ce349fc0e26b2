// Who may call what: access rights (quyền khai thác; Quy chế Đ.8.1, Đ.9.4) granted without a request and revoked,
// and the system groups (nhóm hệ thống) a right may be granted to. Each reads its own scope: an agency admin sees
// the rights its agency provides or holds.
import { ref } from './vue.js';
import { api } from './api.js';
import { dateTime, t } from './i18n.js';
import { ListScreen } from './list-screen.js';
import { AGENCY_ADMIN, AUTHORITY, OPERATOR, can, ownsAgency } from './session.js';

const status = s => t('status.' + s);
/** The provider agency of a service identifier `agency/system/service/version`. */
const providerOf = service => String(service).split('/')[0];

export const AccessRights = {
  components: { ListScreen },
  props: { params: Object },
  setup(props) {
    const groups = ref([]);
    api.all('/admin/v1/system-groups').then(g => { groups.value = g; }, () => { groups.value = []; });
    // A right is revoked by the authority, the operator, or the provider's agency (Đ.9.4: it may stop sharing).
    const mayRevoke = r => r.state === 'LIVE' && (can([AUTHORITY, OPERATOR]) || ownsAgency(providerOf(r.service)));
    const config = {
      title: t('nav.accessRights'),
      intro: t('rights.intro'),
      path: '/admin/v1/access-rights',
      query: { service: (props.params && props.params.service) || '', consumer: (props.params && props.params.consumer) || '' },
      filters: [
        { name: 'service', label: t('f.service') },
        { name: 'consumer', label: t('f.consumer') },
        { name: 'live', label: t('rights.liveOnly'), options: [{ value: 'true', label: t('field.yes') }] },
      ],
      rowTitle: r => '#' + r.id + ' ' + (r.consumer || r.group) + ' → ' + r.service,
      columns: [
        { label: t('col.id'), value: r => r.id },
        { label: t('col.service'), value: r => r.service + (r.operation ? ' · ' + r.operation : '') },
        { label: t('col.consumer'), value: r => r.consumer || t('rights.group', r.group) },
        { label: t('col.validity'), value: r => dateTime(r.grantedAt) + ' – ' + (r.validUntil ? dateTime(r.validUntil) : t('rights.openEnded')) },
        { label: t('rights.grantedBy'), value: r => r.grantedBy + (r.accessRequest ? ' · ' + t('rights.request', r.accessRequest) : '') },
        { label: t('col.status'), value: r => status(r.state) + (r.revokedAt ? ' · ' + dateTime(r.revokedAt) + ' ' + (r.revokedBy || '')
          + (r.revokeReason ? ': ' + r.revokeReason : '') : ''), cls: r => (r.state === 'LIVE' ? null : 'overdue') },
      ],
      actions: [
        { id: 'revoke', label: t('rights.revoke'), roles: [AUTHORITY, OPERATOR, AGENCY_ADMIN], when: mayRevoke,
          fields: () => [{ name: 'reason', label: t('f.reason'), type: 'textarea' }],
          run: (r, body) => api.post(`/admin/v1/access-rights/${r.id}/revoke`, body) },
      ],
      // A right without a request is the authority's decision (the operator's only where the platform is configured
      // to act for it: the API refuses it otherwise); an agency admin files an access request instead.
      create: {
        label: t('rights.grant'), roles: [AUTHORITY],
        fields: () => [
          { name: 'service', label: t('f.service'), required: true },
          { name: 'consumer', label: t('rights.consumerOrGroup') },
          { name: 'group', label: t('rights.toGroup'), type: 'select', value: '',
            options: [{ value: '', label: '—' }, ...groups.value.map(g => ({ value: g.code, label: g.code + ' — ' + g.name }))] },
          { name: 'operation', label: t('f.operation') },
          { name: 'validUntil', label: t('rights.validUntil'), type: 'datetime' },
        ],
        run: body => api.post('/admin/v1/access-rights', body),
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** System groups: the operator keeps them and their members; everyone else reads them. */
export const SystemGroups = {
  components: { ListScreen },
  setup() {
    const member = (g, system, method) => {
      const [agency, code] = String(system || '').split('/');
      return api[method](`/admin/v1/system-groups/${encodeURIComponent(g.code)}/members/${encodeURIComponent(agency)}/${encodeURIComponent(code || '')}`, '');
    };
    const config = {
      title: t('nav.systemGroups'),
      intro: t('groups.intro'),
      path: '/admin/v1/system-groups',
      whole: true,
      rowTitle: g => g.code,
      columns: [
        { label: t('col.code'), value: g => g.code },
        { label: t('col.name'), value: g => g.name },
        { label: t('col.detail'), value: g => g.description || '' },
        { label: t('groups.members'), value: g => (g.members.length ? g.members.join(', ') : '—') },
      ],
      actions: [
        { id: 'add-member', label: t('groups.add'), roles: [OPERATOR],
          fields: () => [{ name: 'system', label: t('groups.system'), required: true }],
          run: (g, body) => member(g, body.system, 'put') },
        { id: 'remove-member', label: t('groups.remove'), roles: [OPERATOR], when: g => g.members.length > 0,
          fields: g => [{ name: 'system', label: t('groups.system'), type: 'select', value: g.members[0], options: g.members }],
          run: (g, body) => member(g, body.system, 'del') },
      ],
      create: {
        label: t('groups.create'), roles: [OPERATOR],
        fields: () => [
          { name: 'code', label: t('col.code'), required: true },
          { name: 'name', label: t('f.name'), required: true },
          { name: 'description', label: t('col.detail'), type: 'textarea' },
        ],
        run: body => api.post('/admin/v1/system-groups', body),
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};
