/**
 * "New diagram": one pool with a customer lane and a performer lane and a gated task, so an analyst
 * starts from the loop instead of an empty canvas. It is lint-clean and deployable as it is.
 */
export const STARTER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:loop="http://actionloop.dev/schema/bpmn/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="ActionLoop modeler" exporterVersion="0.1.0">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="Request" processRef="Process_1" />
  </bpmn:collaboration>
  <bpmn:process id="Process_1" name="Request" isExecutable="true" camunda:historyTimeToLive="P30D">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_Customer" name="Requester" loop:role="customer" loop:party="\${initiator}">
        <bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_Performer" name="Performer" loop:role="performer" loop:party="group:performers">
        <bpmn:flowNodeRef>Task_Do</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>EndEvent_1</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="StartEvent_1" name="Need raised" camunda:initiator="initiator">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_Do" name="Do the work" camunda:candidateGroups="performers" loop:promiseWithin="P2D" loop:acceptWithin="P3D">
      <bpmn:extensionElements>
        <loop:conditions>
          <loop:condition id="done" text="The work is done as requested" />
        </loop:conditions>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="EndEvent_1" name="Accepted">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Do" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Do" targetRef="EndEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="640" height="300" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Customer_di" bpmnElement="Lane_Customer" isHorizontal="true">
        <dc:Bounds x="190" y="80" width="610" height="140" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Performer_di" bpmnElement="Lane_Performer" isHorizontal="true">
        <dc:Bounds x="190" y="220" width="610" height="160" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="262" y="142" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="250" y="185" width="60" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Do_di" bpmnElement="Task_Do">
        <dc:Bounds x="400" y="260" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1">
        <dc:Bounds x="602" y="282" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="597" y="325" width="46" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="298" y="160" />
        <di:waypoint x="450" y="160" />
        <di:waypoint x="450" y="260" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="500" y="300" />
        <di:waypoint x="602" y="300" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
