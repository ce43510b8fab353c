-- AlterTable
ALTER TABLE "NoResultSearch" ADD COLUMN     "resultCount" INTEGER NOT NULL DEFAULT 0;

