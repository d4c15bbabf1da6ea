// The typed documents of every registered operation (`WorkerStoryDocument` …) with their result and
// variables types, and the helper that sends them.
export * from './generated/graphql';
export { graphql } from './generated/gql';
export { createGraphClient, type GraphClient, type GraphClientOptions, type SendMode } from './client';
