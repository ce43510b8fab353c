-- AlterTable
ALTER TABLE "ServiceRevision" ADD COLUMN     "rejectedTranslations" JSONB NOT NULL DEFAULT '{}';
