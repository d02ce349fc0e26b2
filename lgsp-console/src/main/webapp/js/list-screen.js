// A listing with filters and row actions: the shape of every inbox. An action names the roles the API allows
// (only those see it), when it applies to a row, its form fields if it needs any (an empty list asks for a
// confirmation), and the API call it makes. `create` adds one above the listing (its label, roles, an optional
// intro, fields and call). `after(result)` follows a done action (e.g. to the new item's screen).
import { reactive, ref } from './vue.js';
import { ActionForm, FilterBar, PagedTable } from './components.js';
import { can, handover } from './session.js';
import { t } from './i18n.js';
import { navigate } from './router.js';

export const ListScreen = {
  components: { ActionForm, FilterBar, PagedTable },
  props: { config: Object },
  setup(props) {
    const query = ref({ ...(props.config.query || {}) });
    const reload = ref(0);
    const open = ref(null);
    const notice = ref('');
    const visible = row => (props.config.actions || [])
      .filter(a => can(a.roles) && (!a.when || a.when(row)));
    const creating = ref(false);
    const create = props.config.create;
    function start(action, row) {
      notice.value = '';
      if (!action.fields) {
        return finish(action.run(row, {}), action);
      }
      open.value = { action, row, fields: action.fields(row) };
    }
    async function finish(promise, action) {
      try {
        done(await promise, action);
      } catch (e) {
        open.value = { action, row: null, fields: [], error: e };
      }
    }
    // What was just created opens on its own screen where the listing has one.
    function created(result) {
      if (create.opens && result) navigate(create.opens(result)); else done(result);
    }
    function done(result) {
      open.value = null;
      creating.value = false;
      reload.value++;
      notice.value = t('form.done');
      if (result && result.clientSecret) {
        handover.value = { clientId: result.clientId, system: result.system, secret: result.clientSecret };
        navigate('#/handover');
      } else if (props.config.after) {
        props.config.after(result);
      }
    }
    return { query, reload, open, notice, visible, start, done, created, creating, create, can, t };
  },
  template: `
    <section>
      <component :is="config.heading || 'h1'">{{ config.title }}</component>
      <p v-if="config.intro" class="intro">{{ config.intro }}</p>
      <div v-if="create && can(create.roles)" class="toolbar">
        <button type="button" class="primary" @click="creating = !creating" :aria-expanded="creating">{{ create.label }}</button>
      </div>
      <component v-if="creating && create.component" :is="create.component" @done="done" @cancel="creating = false"/>
      <div v-else-if="creating" class="panel">
        <h2>{{ create.label }}</h2>
        <p v-if="create.intro" class="intro">{{ create.intro }}</p>
        <ActionForm id="create-form" :fields="create.fields()" :submit="create.run" @done="created" @cancel="creating = false"/>
      </div>
      <FilterBar v-if="config.filters" :filters="config.filters" v-model="query"/>
      <p v-if="notice" class="notice" role="status">{{ notice }}</p>
      <div v-if="open" class="panel" role="region" :aria-label="open.action.label">
        <h2>{{ open.action.label }}<span v-if="open.row && config.rowTitle"> — {{ config.rowTitle(open.row) }}</span></h2>
        <ActionForm v-if="open.fields.length || !open.error" id="action-form" :fields="open.fields"
                    :submit="body => open.action.run(open.row, body)" @done="done" @cancel="open = null"/>
        <div v-else class="problem" role="alert"><strong>{{ t('error.title') }}</strong>
          <p class="problem-detail">{{ open.error.message }}</p><button type="button" @click="open = null">OK</button></div>
      </div>
      <PagedTable :path="config.path" :query="query" :columns="config.columns" :reload="reload" :caption="config.title"
                  :transform="config.transform" :whole="config.whole">
        <template v-if="config.actions" #actions="{ row }">
          <button v-for="a in visible(row)" type="button" :class="'action-' + a.id" @click="start(a, row)">{{ a.label }}</button>
        </template>
      </PagedTable>
    </section>`,
};
