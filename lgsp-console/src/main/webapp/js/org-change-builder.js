// The organisational-change builder (Quy chế Đ.8.3): an agency admin files a change of their own agency — pick the
// kind and the agencies it changes, see which codes it retires, take the next free code the registry suggests under
// the parent as the new agency's code. The decision number comes later, from the authority's approval.
import { computed, reactive, ref } from './vue.js';
import { api } from './api.js';
import { t } from './i18n.js';
import { ActionForm, ProblemBox } from './components.js';

const KINDS = ['RENAME', 'MERGE', 'SPLIT', 'DISSOLVE', 'REPARENT'];

/** The registry's suggestion: one more than the highest code ever issued under the parent (never reissued). */
async function nextCode(parent) {
  return (await api.get('/admin/v1/agencies/' + encodeURIComponent(parent) + '/next-code')).code;
}

export const OrgChangeBuilder = {
  components: { ActionForm, ProblemBox },
  emits: ['done', 'cancel'],
  setup(props, { emit }) {
    const kind = ref('MERGE');
    const predecessors = ref('');
    const parent = ref('H24');
    const suggestion = ref('');
    const error = ref(null);
    const codes = computed(() => predecessors.value.split(/[\s,;]+/).filter(Boolean));
    const retires = computed(() => (kind.value === 'RENAME' ? [] : codes.value));
    async function suggest() {
      error.value = null;
      try {
        suggestion.value = await nextCode(parent.value.trim());
      } catch (e) {
        error.value = e;
      }
    }
    const fields = () => [
      { name: 'effectiveDate', label: t('org.effective'), type: 'date', required: true },
      { name: 'newName', label: t('org.newName') },
      { name: 'newShortName', label: t('org.newShortName') },
      { name: 'successors', label: t('org.successorsHint'), type: 'textarea', value: suggestion.value ? suggestion.value + ' | ' : '' },
      { name: 'dutiesTo', label: t('org.dutiesTo') },
      { name: 'note', label: t('f.note'), type: 'textarea' },
    ];
    // "code | name | kind" per line → the API's agency drafts.
    const successors = text => String(text || '').split(/\r?\n/).map(l => l.trim()).filter(Boolean).map(l => {
      const [code, name, agencyKind] = l.split('|').map(p => p.trim());
      return { code, name, kind: agencyKind || 'DEPARTMENT' };
    });
    const submit = body => api.post('/admin/v1/org-changes', {
      ...body, kind: kind.value, predecessors: codes.value, successors: successors(body.successors),
    });
    return { kind, predecessors, parent, suggestion, error, retires, suggest, fields, submit, emit, KINDS, t };
  },
  template: `
    <div class="panel" id="org-builder">
      <h2>{{ t('org.propose') }}</h2>
      <div class="field"><label for="org-kind">{{ t('col.kind') }}</label>
        <select id="org-kind" v-model="kind"><option v-for="k in KINDS" :value="k">{{ t('org.kind.' + k) }}</option></select></div>
      <div class="field"><label for="org-predecessors">{{ t('org.predecessors') }} <small>({{ t('form.listHint') }})</small></label>
        <textarea id="org-predecessors" rows="2" v-model="predecessors"></textarea></div>
      <p v-if="retires.length" class="warning" id="org-retires">{{ t('org.retires', retires.join(', ')) }}</p>
      <div class="filters">
        <div class="field"><label for="org-parent">{{ t('col.parent') }}</label><input id="org-parent" v-model="parent"></div>
        <button type="button" @click="suggest" id="org-suggest">{{ t('org.suggest') }}</button>
        <span v-if="suggestion" class="chip" id="org-suggestion">{{ suggestion }}</span>
      </div>
      <ProblemBox :error="error"/>
      <ActionForm :key="suggestion" id="org-form" :fields="fields()" :submit="submit" @done="r => emit('done', r)" @cancel="emit('cancel')"/>
    </div>`,
};
