/**
 * A generated annotated model for the performance check: one pool, a customer and a performer lane,
 * a chain of `tasks` user tasks (each with two conditions) laid out on a grid, with full DI.
 */
export function generateModel(tasks, columns = 25) {
  const W = 100, H = 80, DX = 150, DY = 120, X0 = 260, Y0 = 260;
  const rows = Math.ceil(tasks / columns);
  const poolWidth = 160 + columns * DX;
  const performerHeight = rows * DY + 60;

  const ids = Array.from({ length: tasks }, (_, i) => `Task_${i + 1}`);
  const pos = i => ({ x: X0 + (i % columns) * DX, y: Y0 + Math.floor(i / columns) * DY });

  const flowNodes = [ 'Start', ...ids, 'End' ];
  const flows = flowNodes.slice(1).map((target, i) => ({ id: `Flow_${i + 1}`, source: flowNodes[i], target }));

  const taskXml = ids.map((id, i) => `    <bpmn:userTask id="${id}" name="Step ${i + 1}" loop:promiseWithin="P1D">
      <bpmn:extensionElements>
        <loop:conditions>
          <loop:condition id="done" text="Step ${i + 1} is done" />
          <loop:condition id="checked" text="Checked by a colleague" check="\${checked == true}" required="false" />
        </loop:conditions>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_${i + 1}</bpmn:incoming>
      <bpmn:outgoing>Flow_${i + 2}</bpmn:outgoing>
    </bpmn:userTask>`).join('\n');

  const center = id => {
    if (id === 'Start') return { x: 230, y: 160 };
    if (id === 'End') return { x: X0 + columns * DX - 10, y: 160 };
    const p = pos(ids.indexOf(id));
    return { x: p.x + W / 2, y: p.y + H / 2 };
  };

  const shapes = ids.map((id, i) => {
    const p = pos(i);
    return `      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${p.x}" y="${p.y}" width="${W}" height="${H}" /></bpmndi:BPMNShape>`;
  }).join('\n');

  const edges = flows.map(f => {
    const a = center(f.source), b = center(f.target);
    return `      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"><di:waypoint x="${a.x}" y="${a.y}" /><di:waypoint x="${b.x}" y="${b.y}" /></bpmndi:BPMNEdge>`;
  }).join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:loop="http://actionloop.dev/schema/bpmn/1.0" id="Definitions_Perf" targetNamespace="http://actionloop.dev/perf">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="Generated" processRef="Generated" />
  </bpmn:collaboration>
  <bpmn:process id="Generated" isExecutable="true">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_Customer" name="Requester" loop:role="customer" loop:party="\${initiator}">
        <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_Performer" name="Performer" loop:role="performer" loop:party="group:performers">
${ids.map(id => `        <bpmn:flowNodeRef>${id}</bpmn:flowNodeRef>`).join('\n')}
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
${taskXml}
    <bpmn:endEvent id="End"><bpmn:incoming>Flow_${flows.length}</bpmn:incoming></bpmn:endEvent>
${flows.map(f => `    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}" />`).join('\n')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="160" y="80" width="${poolWidth}" height="${160 + performerHeight}" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Customer_di" bpmnElement="Lane_Customer" isHorizontal="true"><dc:Bounds x="190" y="80" width="${poolWidth - 30}" height="160" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Performer_di" bpmnElement="Lane_Performer" isHorizontal="true"><dc:Bounds x="190" y="240" width="${poolWidth - 30}" height="${performerHeight}" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="212" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="${X0 + columns * DX - 28}" y="142" width="36" height="36" /></bpmndi:BPMNShape>
${shapes}
${edges}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
