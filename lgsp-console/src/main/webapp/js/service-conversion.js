// A service's protocol conversion (chuyển đổi giao thức; Thông tư 13/2017 Đ.17) on its screen: the declared style
// and the mapping the server generates from the contract, read by every officer; changed by the provider's agency
// admin or the operator, to the one style the service's protocol allows or back to none; the generated contract
// downloaded with the officer's session.
import { ref } from './vue.js';
import { api } from './api.js';
import { dateTime, t } from './i18n.js';
import { ActionForm, ProblemBox } from './components.js';
import { ownsAgency } from './session.js';

/** The style a provider's protocol may be converted to, with what its generated contract is. */
const BY_PROTOCOL = {
  REST: { style: 'REST_AS_SOAP', accept: 'text/xml', suffix: '.wsdl', kind: 'WSDL' },
  SOAP: { style: 'SOAP_AS_REST', accept: 'application/json', suffix: '.openapi.json', kind: 'OpenAPI' },
};

export const ServiceConversion = {
  components: { ActionForm, ProblemBox },
  props: { service: Object },
  setup(props) {
    const id = props.service.id;
    const path = '/admin/v1/services/' + id + '/conversion';
    const converts = BY_PROTOCOL[props.service.protocol];
    const conversion = ref(null);
    const error = ref(null);
    const editing = ref(false);
    const saved = ref('');
    api.get(path).then(c => { conversion.value = c; }, e => { error.value = e; });
    const fields = () => [{
      name: 'style', label: t('conversion.style'), type: 'select', value: conversion.value.style,
      options: ['NONE', ...(converts ? [converts.style] : [])].map(style => ({ value: style, label: t('conversion.' + style) })),
    }];
    const declare = body => api.put(path, body);
    function declared(c) {
      conversion.value = c;
      editing.value = false;
      saved.value = '';
    }
    async function download() {
      error.value = null;
      saved.value = '';
      try {
        const name = await api.download('/api/v1/services/' + id + '/converted-contract', {}, converts.accept + ', application/problem+json',
          props.service.serviceCode + converts.suffix);
        saved.value = t('conversion.downloaded', name);
      } catch (e) {
        error.value = e;
      }
    }
    const manages = ownsAgency(props.service.agencyCode);
    return { conversion, error, editing, saved, fields, declare, declared, download, manages, converts, t, dateTime };
  },
  template: `
    <section id="service-conversion" aria-labelledby="conversion-title">
      <h2 id="conversion-title">{{ t('conversion.title') }}</h2>
      <p class="intro">{{ t('conversion.intro') }}</p>
      <ProblemBox :error="error"/>
      <template v-if="conversion">
        <dl class="facts">
          <dt>{{ t('conversion.style') }}</dt><dd id="conversion-style">{{ t('conversion.' + conversion.style) }}</dd>
          <template v-if="conversion.declaredBy"><dt>{{ t('conversion.declared') }}</dt>
            <dd>{{ conversion.declaredBy }} · {{ dateTime(conversion.declaredAt) }}</dd></template>
        </dl>
        <template v-if="conversion.mapping.length">
          <h3>{{ t('conversion.mapping') }}</h3>
          <ul id="conversion-mapping"><li v-for="m in conversion.mapping"><code>{{ m }}</code></li></ul>
        </template>
        <div class="buttons">
          <button v-if="conversion.style !== 'NONE'" type="button" id="download-converted" @click="download">{{ t('conversion.download', converts.kind) }}</button>
          <button v-if="manages && converts && !editing" type="button" id="edit-conversion" @click="editing = true">{{ t('conversion.change') }}</button>
        </div>
        <p v-if="saved" class="notice" role="status">{{ saved }}</p>
        <div v-if="editing" class="panel"><h3>{{ t('conversion.change') }}</h3>
          <ActionForm id="conversion-form" :fields="fields()" :submit="declare" @done="declared" @cancel="editing = false"/></div>
      </template>
    </section>`,
};
