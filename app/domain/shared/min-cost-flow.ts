/**
 * Minimum-cost flow by successive shortest paths (Bellman–Ford with a queue, so edges may cost
 * less than zero as long as the network starts without a negative cycle). Small and exact: used
 * where a plan must be provably the best one under its rules, such as sharing out review
 * work fairly.
 */

type Edge = { to: number; capacity: number; cost: number; flow: number };

export class FlowNetwork {
  private readonly edges: Edge[] = [];
  private readonly outgoing: number[][] = [];

  addNode(): number {
    this.outgoing.push([]);
    return this.outgoing.length - 1;
  }

  /** Returns the edge's handle, to read its flow after solving. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const handle = this.edges.length;
    this.edges.push({ to, capacity, cost, flow: 0 });
    this.outgoing[from]!.push(handle);
    // The residual twin sits at handle ^ 1.
    this.edges.push({ to: from, capacity: 0, cost: -cost, flow: 0 });
    this.outgoing[to]!.push(handle + 1);
    return handle;
  }

  flowOn(handle: number): number {
    return this.edges[handle]!.flow;
  }

  /**
   * Sends flow from source to sink along cheapest paths while a path still lowers the total
   * cost, so negative-cost edges express what must be achieved first and positive costs what
   * should be avoided. Returns the amount sent.
   */
  solve(source: number, sink: number): number {
    let sent = 0;
    for (;;) {
      const { distance, via } = this.cheapestPaths(source);
      if (distance[sink] === Infinity || distance[sink]! >= 0) return sent;
      let amount = Infinity;
      for (let node = sink; node !== source; node = this.edges[via[node]! ^ 1]!.to) {
        const edge = this.edges[via[node]!]!;
        amount = Math.min(amount, edge.capacity - edge.flow);
      }
      for (let node = sink; node !== source; node = this.edges[via[node]! ^ 1]!.to) {
        this.edges[via[node]!]!.flow += amount;
        this.edges[via[node]! ^ 1]!.flow -= amount;
      }
      sent += amount;
    }
  }

  /** Bellman–Ford with a queue: shortest paths even where edges cost less than zero. */
  private cheapestPaths(source: number) {
    const nodes = this.outgoing.length;
    const distance = new Array<number>(nodes).fill(Infinity);
    const via = new Array<number>(nodes).fill(-1);
    const queued = new Uint8Array(nodes);
    const queue: number[] = [source];
    distance[source] = 0;
    queued[source] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      queued[node] = 0;
      for (const handle of this.outgoing[node]!) {
        const edge = this.edges[handle]!;
        if (edge.capacity - edge.flow <= 0) continue;
        const through = distance[node]! + edge.cost;
        if (through < distance[edge.to]!) {
          distance[edge.to] = through;
          via[edge.to] = handle;
          if (!queued[edge.to]) {
            queued[edge.to] = 1;
            queue.push(edge.to);
          }
        }
      }
    }
    return { distance, via };
  }
}
