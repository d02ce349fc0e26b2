// The console's building blocks: the problem box, forms that show the API's field errors next to the fields,
// and the one paged table every listing uses.
import { reactive, ref, watch, computed } from './vue.js';
import { api, asPage, ApiError } from './api.js';
import { t, vietnamInstant } from './i18n.js';

/** A problem answered by the API: its detail in words, and the field errors no field of the form shows. */
export const ProblemBox = {
  props: { error: Object, placed: { type: Array, default: () => [] } },
  setup(props) {
    const others = computed(() => ((props.error && props.error.problem && props.error.problem.errors) || [])
      .filter(e => !props.placed.includes(String(e.field || '').split('.').pop())));
    return { t, others };
  },
  template: `
    <div v-if="error" class="problem" role="alert">
      <strong>{{ (error.problem && error.problem.title) || t('error.title') }}</strong>
      <p class="problem-detail">{{ error.message }}</p>
      <ul v-if="others.length"><li v-for="e in others">{{ e.field }}: {{ e.message }}</li></ul>
    </div>`,
};

function initial(field) {
  if (field.value !== undefined) return field.value;
  return field.type === 'checkbox' ? false : '';
}

/** What a field's input holds, as the API takes it. */
function valueOf(field, raw) {
  if (field.type === 'number') return raw === '' ? undefined : Number(raw);
  if (field.type === 'list') return String(raw).split(/\r?\n|,/).map(s => s.trim()).filter(Boolean);
  if (field.type === 'datetime') return vietnamInstant(raw);
  if (field.type === 'checkbox') return !!raw;
  return raw === '' ? undefined : raw;
}

/**
 * A form: labelled fields, the API's field errors under each field, its problem detail above the buttons.
 * `submit(values)` calls the API; what it answers is emitted as `done`.
 */
export const ActionForm = {
  components: { ProblemBox },
  props: { fields: Array, submitLabel: String, submit: Function, id: String },
  emits: ['done', 'cancel'],
  setup(props, { emit }) {
    const values = reactive(Object.fromEntries(props.fields.map(f => [f.name, initial(f)])));
    const error = ref(null);
    const busy = ref(false);
    const fieldErrors = computed(() => (error.value instanceof ApiError ? error.value.fields : {}));
    const names = props.fields.map(f => f.name);
    async function send() {
      busy.value = true;
      error.value = null;
      try {
        const body = {};
        for (const f of props.fields) {
          const v = valueOf(f, values[f.name]);
          if (v !== undefined) body[f.name] = v;
        }
        emit('done', await props.submit(body));
      } catch (e) {
        error.value = e instanceof ApiError ? e : new ApiError({ detail: String(e.message || e) }, 0);
      } finally {
        busy.value = false;
      }
    }
    const fid = name => (props.id || 'form') + '-' + name;
    return { values, error, busy, fieldErrors, names, send, fid, t };
  },
  template: `
    <form class="action-form" novalidate @submit.prevent="send" :id="id">
      <div v-for="f in fields" :key="f.name" class="field" :class="{ invalid: fieldErrors[f.name] }">
        <label :for="fid(f.name)">{{ f.label }}<span v-if="f.required" aria-hidden="true"> *</span>
          <small v-if="f.type === 'list'"> ({{ t('form.listHint') }})</small>
          <small v-if="f.type === 'datetime'"> ({{ t('form.vietnamTime') }})</small></label>
        <select v-if="f.type === 'select'" :id="fid(f.name)" :name="f.name" v-model="values[f.name]"
                :aria-describedby="fieldErrors[f.name] ? fid(f.name) + '-error' : null">
          <option v-for="o in f.options" :value="o.value ?? o">{{ o.label ?? o }}</option>
        </select>
        <textarea v-else-if="f.type === 'textarea' || f.type === 'list'" :id="fid(f.name)" :name="f.name" rows="3"
                  v-model="values[f.name]" :aria-describedby="fieldErrors[f.name] ? fid(f.name) + '-error' : null"></textarea>
        <input v-else-if="f.type === 'checkbox'" type="checkbox" :id="fid(f.name)" :name="f.name" v-model="values[f.name]">
        <input v-else :id="fid(f.name)" :name="f.name" v-model="values[f.name]"
               :type="f.type === 'datetime' ? 'datetime-local' : (f.type || 'text')"
               :aria-invalid="!!fieldErrors[f.name]"
               :aria-describedby="fieldErrors[f.name] ? fid(f.name) + '-error' : null">
        <p v-if="fieldErrors[f.name]" class="field-error" :id="fid(f.name) + '-error'">{{ fieldErrors[f.name].join(' ') }}</p>
      </div>
      <ProblemBox :error="error" :placed="names"/>
      <div class="buttons">
        <button type="submit" class="primary" :disabled="busy">{{ busy ? t('form.working') : (submitLabel || t('form.submit')) }}</button>
        <button type="button" @click="$emit('cancel')">{{ t('form.cancel') }}</button>
      </div>
    </form>`,
};

/**
 * The one listing: fetches `path` with the filters and page, accepts a page or a bare array (asPage),
 * shows the API's problem if the read is refused. Columns: {label, value(row), cls(row)?, link(row)?}.
 * The `actions` slot gets each row. `whole`: the API answers the whole list and takes no page parameters
 * (it refuses parameters it does not declare), so the list is fetched once and paged here.
 */
export const PagedTable = {
  components: { ProblemBox },
  props: { path: String, query: Object, columns: Array, size: { type: Number, default: 20 }, reload: Number,
    caption: String, transform: Function, whole: Boolean },
  emits: ['loaded'],
  setup(props, { emit }) {
    const page = ref(0);
    const data = ref(null);
    const error = ref(null);
    const loading = ref(false);
    let answered = null;
    function show() {
      const paged = asPage(props.transform ? props.transform(answered) : answered, page.value, props.size);
      data.value = paged;
      emit('loaded', paged);
    }
    async function load() {
      loading.value = true;
      error.value = null;
      try {
        answered = await api.get(props.path, props.whole ? props.query : { page: page.value, size: props.size, ...props.query });
        show();
      } catch (e) {
        error.value = e;
        data.value = null;
      } finally {
        loading.value = false;
      }
    }
    watch(() => [props.path, JSON.stringify(props.query)], () => { page.value = 0; load(); });
    watch(() => props.reload, load);
    watch(page, () => (props.whole && answered ? show() : load()));
    load();
    return { page, data, error, loading, t };
  },
  template: `
    <div class="paged">
      <ProblemBox :error="error"/>
      <p v-if="loading" class="loading" role="status">{{ t('list.loading') }}</p>
      <template v-if="data">
        <table v-if="data.items.length" class="list">
          <caption v-if="caption">{{ caption }}</caption>
          <thead><tr><th v-for="c in columns" scope="col">{{ c.label }}</th><th v-if="$slots.actions" scope="col">{{ t('list.actions') }}</th></tr></thead>
          <tbody>
            <tr v-for="(row, i) in data.items" :key="i" :data-row="i">
              <td v-for="c in columns" :class="c.cls ? c.cls(row) : null">
                <a v-if="c.link" :href="c.link(row)">{{ c.value(row) }}</a><template v-else>{{ c.value(row) }}</template>
              </td>
              <td v-if="$slots.actions" class="actions"><slot name="actions" :row="row"></slot></td>
            </tr>
          </tbody>
        </table>
        <p v-else class="empty">{{ t('list.empty') }}</p>
        <nav class="pager" :aria-label="caption || 'pages'">
          <button type="button" :disabled="data.page <= 0" @click="page--">‹ {{ t('list.previous') }}</button>
          <span>{{ t('list.total', data.totalItems, data.page + 1, Math.max(1, data.totalPages)) }}</span>
          <button type="button" :disabled="data.page + 1 >= data.totalPages" @click="page++">{{ t('list.next') }} ›</button>
        </nav>
      </template>
    </div>`,
};

/** Filters above a listing; applied on submit so typing does not fire a request per key. */
export const FilterBar = {
  props: { filters: Array, modelValue: Object },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const draft = reactive({ ...Object.fromEntries(props.filters.map(f => [f.name, ''])), ...props.modelValue });
    const apply = () => emit('update:modelValue', { ...draft });
    return { draft, apply, t };
  },
  template: `
    <form class="filters" role="search" @submit.prevent="apply">
      <div v-for="f in filters" class="field">
        <label :for="'filter-' + f.name">{{ f.label }}</label>
        <select v-if="f.options" :id="'filter-' + f.name" v-model="draft[f.name]">
          <option value="">{{ t('list.any') }}</option>
          <option v-for="o in f.options" :value="o.value ?? o">{{ o.label ?? o }}</option>
        </select>
        <input v-else-if="f.type === 'checkbox'" type="checkbox" :id="'filter-' + f.name" v-model="draft[f.name]">
        <input v-else :id="'filter-' + f.name" :type="f.type || 'search'" v-model="draft[f.name]">
      </div>
      <button type="submit" class="primary">{{ t('list.filter') }}</button>
    </form>`,
};
