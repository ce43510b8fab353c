-- AlterTable
ALTER TABLE "ServiceTranslation" ADD COLUMN     "outdatedSince" TIMESTAMP(3);

