-- DropIndex
DROP INDEX "InboundUpdate_doneAt_idx";

