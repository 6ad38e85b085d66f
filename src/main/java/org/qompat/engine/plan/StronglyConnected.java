package org.qompat.engine.plan;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Tarjan's strongly connected components on a dense directed graph given as an adjacency matrix (the class
 * graph is small: tens of classes). Iterative, so deep graphs cannot overflow the stack.
 */
public final class StronglyConnected {

    private StronglyConnected() {
    }

    /** Component id per node; ids are numbered in the order Tarjan completes them (reverse topological). */
    public static int[] components(boolean[][] edge) {
        int n = edge.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Arrays.fill(comp, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] nextChild = new int[n];
        Deque<Integer> call = new ArrayDeque<>();
        int counter = 0;
        int compCount = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            call.push(root);
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!call.isEmpty()) {
                int v = call.peek();
                if (nextChild[v] < n) {
                    int w = nextChild[v]++;
                    if (!edge[v][w]) continue;
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop();
                if (!call.isEmpty()) low[call.peek()] = Math.min(low[call.peek()], low[v]);
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        comp[w] = compCount;
                    } while (w != v);
                    compCount++;
                }
            }
        }
        return comp;
    }
}
