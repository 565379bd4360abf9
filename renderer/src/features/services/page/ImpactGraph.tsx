import '@xyflow/react/dist/style.css';
import { ActionIcon, Group, Stack, Text, Tooltip, useComputedColorScheme } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { Handle, MarkerType, Position, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import { IconFocusCentered, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { ServiceImpact } from '../../../../../shared/api/services-api';
import { TierBadge } from '../common/ServiceBadges';
import { LIFECYCLE_COLOR, LIFECYCLE_LABEL } from '../common/service-labels';
import { layoutImpact, NODE_HEIGHT, NODE_WIDTH, type ImpactNode } from './impact-layout';
import classes from './ImpactGraph.module.css';

type ServiceNodeData = { service: ImpactNode };
type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

function ServiceNode({ data }: NodeProps<ServiceFlowNode>) {
  const { service } = data;
  const content = (
    <>
      <Group justify="space-between" gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" truncate>
          <Text span inherit ff="monospace">
            {service.code}
          </Text>
          {service.lifecycle !== 'live' && (
            <Text span inherit c={LIFECYCLE_COLOR[service.lifecycle]} fw={600}>
              {' · '}
              {LIFECYCLE_LABEL[service.lifecycle].toLowerCase()}
            </Text>
          )}
        </Text>
        <TierBadge tier={service.criticality} size="xs" withTooltip={false} style={{ flexShrink: 0 }} />
      </Group>
      <Text size="sm" fw={600} truncate title={service.name}>
        {service.name}
      </Text>
    </>
  );
  return (
    <>
      <Handle type="target" position={Position.Left} className={classes.handle} isConnectable={false} />
      {service.relation === 'self' ? (
        <div className={classes.node} data-relation="self" data-lifecycle={service.lifecycle} aria-current="page">
          {content}
        </div>
      ) : (
        <Link
          href={`/services/${service.id}`}
          className={classes.node}
          data-relation={service.relation}
          data-lifecycle={service.lifecycle}
          aria-label={`Open ${service.code} ${service.name}`}
        >
          {content}
        </Link>
      )}
      <Handle type="source" position={Position.Right} className={classes.handle} isConnectable={false} />
    </>
  );
}

const nodeTypes = { service: ServiceNode };

/** The largest and smallest heights the graph frame takes; between them it follows the graph. */
const MIN_HEIGHT = 150;
const MAX_HEIGHT = 1800;

/** Zoom controls above the graph rather than on it, where they would cover nodes of small graphs. */
function ZoomControls() {
  const flow = useReactFlow();
  const buttons = [
    { label: 'Zoom in', icon: IconZoomIn, run: () => void flow.zoomIn({ duration: 150 }) },
    { label: 'Zoom out', icon: IconZoomOut, run: () => void flow.zoomOut({ duration: 150 }) },
    { label: 'Fit the whole graph', icon: IconFocusCentered, run: () => void flow.fitView({ padding: 0.03, maxZoom: 1, duration: 150 }) },
  ];
  return (
    <Group gap={4} justify="flex-end">
      {buttons.map(({ label, icon: Icon, run }) => (
        <Tooltip key={label} label={label}>
          <ActionIcon variant="default" size="sm" onClick={run} aria-label={label}>
            <Icon size={15} />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

/**
 * The dependency neighbourhood as a left-to-right graph: what the service depends on, the service
 * (highlighted), and everything a failure of it would hit. Nodes are links to their services.
 * Scrolling the page is left alone (no wheel zoom); the controls zoom.
 */
export function ImpactGraph(props: { impact: ServiceImpact; serviceId: number }) {
  return (
    <ReactFlowProvider>
      <ImpactFlow {...props} />
    </ReactFlowProvider>
  );
}

function ImpactFlow({ impact, serviceId }: { impact: ServiceImpact; serviceId: number }) {
  const scheme = useComputedColorScheme('light');
  const { ref, width: frameWidth } = useElementSize();
  const layout = useMemo(() => layoutImpact(impact), [impact]);

  const nodes: ServiceFlowNode[] = useMemo(
    () =>
      layout.nodes.map((node) => ({
        id: node.id,
        type: 'service',
        position: { x: node.x, y: node.y },
        data: { service: node.service },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        draggable: false,
        selectable: false,
        focusable: false,
        // Not selectable or draggable, React Flow makes nodes click-through; these hold links.
        style: { pointerEvents: 'all' as const },
      })),
    [layout],
  );
  const edges: Edge[] = useMemo(
    () =>
      layout.edges.map((edge) => {
        const color = edge.side === 'downstream' ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-gray-5)';
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: 'default',
          style: { stroke: color, strokeWidth: 1.25, opacity: 0.8 },
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
          focusable: false,
        };
      }),
    [layout],
  );

  // Readable first: at most life size, and tall enough that a wide fan of dependents is not shrunk to specks.
  const width = frameWidth || 960;
  const zoom = Math.min(1, (width - 24) / layout.width);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, layout.height * zoom + 32)));

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="sm">
        <Text size="xs" c="dimmed">
          Arrows point from a service to what depends on it; orange ones carry a failure onwards.
        </Text>
        <ZoomControls />
      </Group>
      <div
        ref={ref}
        className={classes.frame}
        style={{ height }}
        role="figure"
        aria-label={`Dependency graph of ${impact.nodes.length} services; the same is listed below`}
      >
        {frameWidth > 0 && (
          <ReactFlow
            key={`${serviceId}:${height}:${Math.round(frameWidth / 40)}`}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            colorMode={scheme}
            fitView
            fitViewOptions={{ padding: 0.03, maxZoom: 1, minZoom: 0.3 }}
            minZoom={0.2}
            maxZoom={1.5}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            zoomOnScroll={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            proOptions={{ hideAttribution: true }}
          />
        )}
      </div>
    </Stack>
  );
}
