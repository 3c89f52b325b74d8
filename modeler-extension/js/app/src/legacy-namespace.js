/**
 * Models from Activiti-era tools bind the `camunda` prefix to Activiti's namespace. Camunda 7 reads that
 * namespace as its own, but bpmn-js cannot save a document where `camunda` names two namespaces
 * ("no namespace uri given for prefix <ns0>"). Like Camunda Modeler, convert the declaration to
 * Camunda's namespace on open; the engine reads both the same way.
 */

const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

const DECLARATION = /(\sxmlns:camunda\s*=\s*)(["'])http:\/\/activiti\.org\/bpmn\2/;

export function convertLegacyNamespace(xml) {
  if (!DECLARATION.test(xml)) {
    return { xml, converted: false };
  }
  return { xml: xml.replace(DECLARATION, `$1$2${CAMUNDA}$2`), converted: true };
}

