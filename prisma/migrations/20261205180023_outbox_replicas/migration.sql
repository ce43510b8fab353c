-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "deliveredTo" TEXT[] DEFAULT ARRAY[]::TEXT[];

